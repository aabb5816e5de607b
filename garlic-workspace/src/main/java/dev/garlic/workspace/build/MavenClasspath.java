package dev.garlic.workspace.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a Maven build's classpath by running {@code ./mvnw} (or {@code mvn}) {@code
 * dependency:list}: one run lists every module's dependencies with their scopes, which gives both
 * the compile and the test classpath. Offline first; online once only when offline lacks artifacts.
 * {@code -fae} lets the modules that resolve report even when others fail.
 */
final class MavenClasspath {

  private static final Set<String> SCOPES =
      Set.of("compile", "provided", "system", "runtime", "test", "import");
  private static final Set<String> COMPILE_SCOPES = Set.of("compile", "provided", "system");
  private static final List<String> GENERIC_ERRORS =
      List.of(
          "Some problems were encountered",
          "To see the full stack trace",
          "Re-run Maven",
          "For more information",
          "[Help 1]",
          "The build could not read",
          "The project ");

  private MavenClasspath() {}

  static Classpath resolve(Path root, Duration timeout, String searchPath)
      throws InterruptedException {
    Optional<List<String>> mvn = command(root, searchPath);
    if (mvn.isEmpty()) {
      return Classpath.unresolved("mvn not found on PATH; install Maven or add ./mvnw");
    }
    Path listFile;
    try {
      listFile = Files.createTempFile("garlic-classpath", ".txt");
    } catch (IOException e) {
      return Classpath.unresolved("cannot create a temporary file: " + e.getMessage());
    }
    try {
      BuildProcess.Outcome outcome = run(mvn.get(), root, listFile, timeout, true);
      if (!outcome.succeeded() && !outcome.timedOut() && needsDownloads(outcome.output())) {
        Files.writeString(listFile, "");
        outcome = run(mvn.get(), root, listFile, timeout, false);
      }
      return classpath(outcome, Files.readString(listFile, StandardCharsets.UTF_8), timeout);
    } catch (IOException e) {
      return Classpath.unresolved(
          "cannot run "
              + String.join(" ", mvn.get())
              + ": "
              + e.getMessage()
              + "; check that it is an executable Maven");
    } finally {
      deleteQuietly(listFile);
    }
  }

  private static Optional<List<String>> command(Path root, String searchPath) {
    Path wrapper = root.resolve(File.separatorChar == '\\' ? "mvnw.cmd" : "mvnw");
    if (Files.isRegularFile(wrapper)) {
      return Optional.of(BuildProcess.script(wrapper));
    }
    return BuildProcess.onPath("mvn", searchPath).map(p -> List.of(p.toString()));
  }

  private static BuildProcess.Outcome run(
      List<String> mvn, Path root, Path listFile, Duration timeout, boolean offline)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(mvn);
    command.addAll(List.of("-B", "-q", "-fae", "-Dstyle.color=never"));
    if (offline) {
      command.add("-o");
    }
    command.addAll(
        List.of(
            "dependency:list",
            "-DincludeScope=test",
            "-DoutputAbsoluteArtifactFilename=true",
            "-DoutputScope=true",
            "-DappendOutput=true",
            "-DoutputFile=" + listFile));
    return BuildProcess.run(command, root, timeout);
  }

  /** Whether a failed offline run lacked artifacts that an online run could download. */
  private static boolean needsDownloads(String output) {
    return output.contains("offline mode") || output.contains("has not been downloaded");
  }

  static Classpath classpath(BuildProcess.Outcome outcome, String list, Duration timeout) {
    if (outcome.timedOut()) {
      return Classpath.unresolved(
          "mvn dependency:list did not finish within "
              + timeout.toSeconds()
              + " s; run it once by hand to fill ~/.m2, then retry");
    }
    Set<Path> compile = new LinkedHashSet<>();
    Set<Path> test = new LinkedHashSet<>();
    boolean listed = parse(list, compile, test);
    if (outcome.exitCode() == 0) {
      return new Classpath(List.copyOf(compile), List.copyOf(test), Classpath.Status.RESOLVED, "");
    }
    String reason =
        "mvn dependency:list failed: "
            + firstError(outcome.output())
            + "; fix the build until `mvn dependency:list` succeeds";
    return listed
        ? new Classpath(List.copyOf(compile), List.copyOf(test), Classpath.Status.PARTIAL, reason)
        : Classpath.unresolved(reason);
  }

  /**
   * Adds the artifacts of {@code dependency:list} output lines such as {@code
   * g:a:jar[:classifier]:1.0:compile:/path/a.jar -- module a} to the lists; false when there were
   * none, not even a header.
   */
  static boolean parse(String list, Set<Path> compile, Set<Path> test) {
    boolean any = false;
    for (String raw : list.split("\\R")) {
      String line = raw.strip();
      if (line.startsWith("The following files have been resolved")) {
        any = true;
        continue;
      }
      int annotation = line.indexOf(" -- ");
      if (annotation >= 0) {
        line = line.substring(0, annotation);
      }
      line = line.replace(" (optional)", "").strip();
      String[] parts = line.split(":");
      for (int i = 4; i < parts.length - 1 && i <= 5; i++) {
        if (SCOPES.contains(parts[i])) {
          Path jar = Path.of(String.join(":", List.of(parts).subList(i + 1, parts.length)));
          test.add(jar);
          if (COMPILE_SCOPES.contains(parts[i])) {
            compile.add(jar);
          }
          any = true;
          break;
        }
      }
    }
    return any;
  }

  /** The first specific error line of Maven's output, without its {@code [ERROR]} prefixes. */
  static String firstError(String output) {
    for (String raw : BuildProcess.plain(output).split("\\R")) {
      String line = raw.strip();
      if (!line.startsWith("[ERROR]") && !line.startsWith("[FATAL]")) {
        continue;
      }
      String message =
          line.replaceAll("^(\\[(ERROR|FATAL)\\]\\s*)+", "").replace(" -> [Help 1]", "");
      if (!message.isBlank() && GENERIC_ERRORS.stream().noneMatch(message::contains)) {
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
      }
    }
    return "no error message (run mvn dependency:list to see why)";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file is harmless.
    }
  }
}
