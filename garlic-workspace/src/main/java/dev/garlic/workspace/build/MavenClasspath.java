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
import org.jspecify.annotations.Nullable;

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

  static Classpath resolve(BuildInfo build, Duration timeout, String searchPath)
      throws InterruptedException {
    Path root = build.root();
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
      String list = Files.readString(listFile, StandardCharsets.UTF_8);
      return classpath(outcome, list, MavenLayout.coordinates(build), timeout);
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

  static Classpath classpath(
      BuildProcess.Outcome outcome, String list, Set<String> ownModules, Duration timeout) {
    if (outcome.timedOut()) {
      return Classpath.unresolved(
          "mvn dependency:list did not finish within "
              + timeout.toSeconds()
              + " s; run it once by hand to fill ~/.m2, then retry");
    }
    Set<Path> compile = new LinkedHashSet<>();
    Set<Path> test = new LinkedHashSet<>();
    boolean listed = parse(list, ownModules, compile, test);
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
   * g:a:jar[:classifier]:1.0:compile:/path/a.jar -- module a} to the lists, except the workspace's
   * {@code ownModules} ({@code groupId:artifactId}): their sources are in the workspace, and a jar
   * of them in {@code ~/.m2} is at best a stale copy. False when the output listed nothing, not
   * even a header.
   */
  static boolean parse(String list, Set<String> ownModules, Set<Path> compile, Set<Path> test) {
    boolean any = false;
    for (String line : list.split("\\R")) {
      any |= line.strip().startsWith("The following files have been resolved");
      Artifact artifact = Artifact.of(line);
      if (artifact != null) {
        any = true;
        if (!ownModules.contains(artifact.module())) {
          test.add(artifact.file());
          if (COMPILE_SCOPES.contains(artifact.scope())) {
            compile.add(artifact.file());
          }
        }
      }
    }
    return any;
  }

  /** One artifact that {@code dependency:list} printed. */
  record Artifact(String module, String scope, Path file) {

    /**
     * The artifact of a line {@code g:a:type[:classifier]:version:scope:file[ (optional)][ --
     * module name]}, or null for other lines. The scope is found by name because the classifier is
     * optional, and the file is all that follows because a Windows path has a colon.
     */
    static @Nullable Artifact of(String line) {
      String text = line.strip();
      int annotation = text.indexOf(" -- ");
      if (annotation >= 0) {
        text = text.substring(0, annotation);
      }
      String[] parts = text.replace(" (optional)", "").strip().split(":");
      for (int i = 4; i <= 5 && i < parts.length - 1; i++) {
        if (SCOPES.contains(parts[i])) {
          String file = String.join(":", List.of(parts).subList(i + 1, parts.length));
          return new Artifact(parts[0] + ":" + parts[1], parts[i], Path.of(file));
        }
      }
      return null;
    }
  }

  /**
   * The first specific error of Maven's output, without its {@code [ERROR]} prefixes, and when
   * Maven explains it on the following lines, the last of those (usually the missing artifact).
   */
  static String firstError(String output) {
    List<String> group = new ArrayList<>();
    for (String raw : BuildProcess.plain(output).split("\\R")) {
      String line = raw.strip();
      boolean error = line.startsWith("[ERROR]") || line.startsWith("[FATAL]");
      String message = error ? line.replaceAll("^(\\[(ERROR|FATAL)\\]\\s*)+", "").strip() : "";
      boolean specific =
          !message.isEmpty()
              && !message.equals("-> [Help 1]")
              && GENERIC_ERRORS.stream().noneMatch(message::contains);
      if (specific) {
        group.add(message.replace(" -> [Help 1]", ""));
      } else if (!group.isEmpty()) {
        break;
      }
    }
    if (group.isEmpty()) {
      return "no error message (run mvn dependency:list to see why)";
    }
    String message =
        group.size() == 1 ? group.get(0) : group.get(0) + " (" + group.get(group.size() - 1) + ")";
    return message.length() > 400 ? message.substring(0, 400) + "..." : message;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file is harmless.
    }
  }
}
