package dev.garlic.testgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Whether a compiled class declares a public static method (other than its static initializer): an
 * interface or abstract class without implementations can still be tested through those.
 */
final class StaticApi {

  private StaticApi() {}

  /** True when a class file of {@code className} in {@code classDirectories} has one. */
  static boolean hasPublicStaticMethod(List<Path> classDirectories, String className) {
    for (Path dir : classDirectories) {
      Path file = dir.resolve(className.replace('.', '/') + ".class");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        boolean[] found = {false};
        new ClassReader(Files.readAllBytes(file))
            .accept(
                new ClassVisitor(Opcodes.ASM9) {
                  @Override
                  public MethodVisitor visitMethod(
                      int access,
                      String name,
                      String descriptor,
                      String signature,
                      String[] exceptions) {
                    int wanted = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
                    if ((access & wanted) == wanted
                        && (access & Opcodes.ACC_SYNTHETIC) == 0
                        && !name.equals("<clinit>")) {
                      found[0] = true;
                    }
                    return null;
                  }
                },
                ClassReader.SKIP_CODE);
        return found[0];
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
    return false;
  }
}
