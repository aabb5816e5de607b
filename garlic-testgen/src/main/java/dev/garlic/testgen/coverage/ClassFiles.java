package dev.garlic.testgen.coverage;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads a class file by class name from class directories and jars. */
final class ClassFiles {

  private ClassFiles() {}

  /**
   * The bytes of {@code className}'s class file from the first of {@code roots} that has it.
   *
   * @throws GarlicException (input) when none has it
   */
  static byte[] read(List<Path> roots, String className) throws IOException {
    String entry = className.replace('.', '/') + ".class";
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        Path file = root.resolve(entry);
        if (Files.isRegularFile(file)) {
          return Files.readAllBytes(file);
        }
      } else if (Files.isRegularFile(root)) {
        try (ZipFile jar = new ZipFile(root.toFile())) {
          ZipEntry found = jar.getEntry(entry);
          if (found != null) {
            try (InputStream in = jar.getInputStream(found)) {
              return in.readAllBytes();
            }
          }
        }
      }
    }
    throw GarlicException.input(
        "no class file for " + className + " in " + roots + ": build the project first");
  }
}
