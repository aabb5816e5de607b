package dev.garlic.testgen.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class files of a project read with ASM (never loaded): each class's supertypes and
 * abstractness, and the calls each method makes. Answers which concrete classes implement a type
 * and what the project's methods call. Immutable after {@link #read}.
 */
public final class ProjectBytecode {

  /** One class: internal name, supertypes, whether it can be instantiated, methods and calls. */
  record ClassInfo(
      String name,
      String superName,
      List<String> interfaces,
      boolean concrete,
      boolean isPublic,
      Map<String, Set<String>> calls) {}

  private final Map<String, ClassInfo> classes;

  private ProjectBytecode(Map<String, ClassInfo> classes) {
    this.classes = Map.copyOf(classes);
  }

  /** Reads every class file under the directories and in the jars of the project's classes. */
  public static ProjectBytecode read(List<Path> classDirectories) {
    Map<String, ClassInfo> classes = new HashMap<>();
    for (Path dir : classDirectories) {
      if (Files.isRegularFile(dir) && dir.toString().endsWith(".jar")) {
        readJar(dir, classes);
        continue;
      }
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          try (InputStream in = Files.newInputStream(file)) {
            ClassInfo info = info(new ClassReader(in));
            classes.put(info.name(), info);
          } catch (IOException | RuntimeException e) {
            // A class file ASM cannot read contributes nothing; exploration will see it by
            // reflection.
          }
        }
      } catch (IOException e) {
        // An unreadable directory contributes nothing.
      }
    }
    return new ProjectBytecode(classes);
  }

  private static void readJar(Path jar, Map<String, ClassInfo> classes) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          ClassInfo info = info(new ClassReader(in));
          classes.put(info.name(), info);
        } catch (IOException | RuntimeException e) {
          // A class file ASM cannot read contributes nothing.
        }
      }
    } catch (IOException e) {
      // An unreadable jar contributes nothing.
    }
  }

  private static ClassInfo info(ClassReader reader) {
    Map<String, Set<String>> calls = new HashMap<>();
    int access = reader.getAccess();
    reader.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public MethodVisitor visitMethod(
              int acc, String name, String desc, String sig, String[] ex) {
            Set<String> called = calls.computeIfAbsent(name + desc, k -> new LinkedHashSet<>());
            return new MethodVisitor(Opcodes.ASM9) {
              @Override
              public void visitMethodInsn(
                  int op, String owner, String mName, String mDesc, boolean itf) {
                called.add(owner + "." + mName + mDesc);
              }
            };
          }
        },
        ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return new ClassInfo(
        reader.getClassName(),
        reader.getSuperName() == null ? "" : reader.getSuperName(),
        List.of(reader.getInterfaces()),
        (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0,
        (access & Opcodes.ACC_PUBLIC) != 0,
        calls);
  }

  /** Whether the project declares this class (binary name). */
  public boolean declares(String className) {
    return classes.containsKey(internal(className));
  }

  /** Public concrete classes of the project that extend or implement {@code type}, sorted. */
  public List<String> implementationsOf(String type) {
    String wanted = internal(type);
    List<String> out = new ArrayList<>();
    for (ClassInfo info : classes.values()) {
      if (info.concrete()
          && info.isPublic()
          && !info.name().equals(wanted)
          && isSubtype(info.name(), wanted, 0)) {
        out.add(info.name().replace('/', '.'));
      }
    }
    out.sort(null);
    return out;
  }

  /** Every project interface or abstract class with at least one public implementation. */
  public Map<String, List<String>> implementations() {
    Map<String, List<String>> out = new HashMap<>();
    for (ClassInfo info : classes.values()) {
      if (!info.concrete()) {
        List<String> found = implementationsOf(info.name().replace('/', '.'));
        if (!found.isEmpty()) {
          out.put(info.name().replace('/', '.'), found);
        }
      }
    }
    return out;
  }

  private boolean isSubtype(String name, String wanted, int depth) {
    ClassInfo info = classes.get(name);
    if (info == null || depth > 50) {
      return false;
    }
    if (info.superName().equals(wanted) || info.interfaces().contains(wanted)) {
      return true;
    }
    if (isSubtype(info.superName(), wanted, depth + 1)) {
      return true;
    }
    return info.interfaces().stream().anyMatch(i -> isSubtype(i, wanted, depth + 1));
  }

  /**
   * The calls a method makes, as {@code owner.name(desc)} with internal owner names; empty for an
   * unknown method. {@code method} is {@code name + descriptor}.
   */
  public Set<String> calls(String className, String method) {
    ClassInfo info = classes.get(internal(className));
    return info == null ? Set.of() : info.calls().getOrDefault(method, Set.of());
  }

  /** The methods ({@code name + descriptor}) a class declares. */
  public Set<String> methods(String className) {
    ClassInfo info = classes.get(internal(className));
    return info == null ? Set.of() : info.calls().keySet();
  }

  /** Whether a project class is abstract or an interface (false for unknown classes). */
  public boolean isAbstract(String className) {
    ClassInfo info = classes.get(internal(className));
    return info != null && !info.concrete();
  }

  /** The superclass (binary name) of a project class, or null when unknown. */
  public String superclass(String className) {
    ClassInfo info = classes.get(internal(className));
    return info == null || info.superName().isEmpty() ? null : info.superName().replace('/', '.');
  }

  private static String internal(String binaryName) {
    return binaryName.replace('.', '/');
  }
}
