package dev.garlic.audit.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the corpus tests write: the module's {@code target/} directory. */
final class CorpusPaths {

  private CorpusPaths() {}

  /** The build directory of the module ({@code garlic-audit/target}). */
  static Path target() {
    try {
      Path testClasses =
          Path.of(CorpusPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the test classes directory", e);
    }
  }
}
