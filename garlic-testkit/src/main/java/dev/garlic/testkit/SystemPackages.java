package dev.garlic.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * System programs that tests need, installed on demand: {@code SystemPackages.require("bwrap",
 * "bubblewrap")} returns the program's path, running the repository's {@code
 * scripts/install-test-deps} first when it is missing, and fails the test with a message naming the
 * package when it still cannot be had. The script runs at most once per program and JVM.
 * Thread-safe.
 */
public final class SystemPackages {

  static final String SCRIPT = "scripts/install-test-deps";
  private static final long INSTALL_MINUTES = 10;
  private static final Map<String, Path> FOUND = new ConcurrentHashMap<>();

  private SystemPackages() {}

  /**
   * The path of {@code command}, installing {@code debianPackage} when it is not on the PATH.
   *
   * @throws AssertionError when the program is missing and cannot be installed here
   */
  public static Path require(String command, String debianPackage) {
    Path known = FOUND.get(command);
    if (known != null) {
      return known;
    }
    synchronized (SystemPackages.class) {
      Optional<Path> found = onPath(command);
      if (found.isEmpty()) {
        String log = install();
        found = onPath(command);
        if (found.isEmpty()) {
          throw new AssertionError(
              command
                  + " is missing and "
                  + SCRIPT
                  + " could not install the "
                  + debianPackage
                  + " package; install it (sudo apt-get install "
                  + debianPackage
                  + ") and run the tests again"
                  + (log.isBlank() ? "" : "\n" + log.strip()));
        }
      }
      FOUND.put(command, found.get());
      return found.get();
    }
  }

  /** The executable named {@code command} in a directory of the PATH. */
  static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs the install script; returns its output, or why it could not run. */
  private static String install() {
    Path script = findScript(Path.of("").toAbsolutePath());
    if (script == null) {
      return "no " + SCRIPT + " in " + Path.of("").toAbsolutePath() + " or above";
    }
    try {
      Path log = Files.createTempFile("install-test-deps", ".log");
      try {
        Process process =
            new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          return SCRIPT + " did not finish within " + INSTALL_MINUTES + " minutes";
        }
        return Files.readString(log, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      return "cannot run " + script + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while running " + script;
    }
  }

  /** {@link #SCRIPT} in {@code dir} or the nearest directory above it that has one. */
  static @Nullable Path findScript(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      Path script = d.resolve(SCRIPT);
      if (Files.isRegularFile(script)) {
        return script;
      }
    }
    return null;
  }
}
