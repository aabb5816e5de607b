package dev.garlic.testgen;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.BuildSystem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a project's main and test code with its own build tool, through the caller's {@link
 * CommandRunner}: {@code ./mvnw -q -o test-compile} (or {@code mvn} from {@code PATH}) for Maven,
 * {@code ./gradlew -q --offline testClasses} (or {@code gradle}) for Gradle. A failed build is an
 * input error showing the first compiler errors and suggesting {@code garlic fix}; one that failed
 * offline for want of dependencies is an environment error.
 */
final class ProjectBuild {

  /** How many compiler errors the message shows. */
  static final int SHOWN_ERRORS = 5;

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

  /** Maven's advice around an error, which says nothing about the error itself. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "Re-run Maven|For more information about the errors|\\[Help \\d+\\]|full stack trace"
              + "|^-> |^COMPILATION ERROR|^BUILD FAILURE|^-+$");

  private static final Pattern JAVA_ERROR =
      Pattern.compile(
          "(?:\\[ERROR\\]\\s*)?(\\S+\\.java)(?::\\[(\\d+),\\d+\\]|:(\\d+):)\\s*(?:error:\\s*)?(.*)");

  /** What Maven and Gradle print when an artifact is not in the local cache in offline mode. */
  private static final Pattern OFFLINE =
      Pattern.compile(
          "offline mode|Could not resolve dependencies|No cached version of|has not been downloaded"
              + " from it before");

  private static final List<String> PASSED_VARIABLES =
      List.of(
          "PATH", "HOME", "USER", "LANG", "TMPDIR", "JAVA_HOME", "MAVEN_OPTS", "GRADLE_USER_HOME");

  private final Duration timeout;
  private final String searchPath;

  ProjectBuild(Duration timeout) {
    this(timeout, System.getenv().getOrDefault("PATH", ""));
  }

  ProjectBuild(Duration timeout, String searchPath) {
    this.timeout = timeout;
    this.searchPath = searchPath;
  }

  /**
   * Builds the project of {@code build}.
   *
   * @throws GarlicException (input) when it does not compile; (environment) when there is no build
   *     tool or it timed out
   */
  void compile(BuildInfo build, CommandRunner runner, Cancellation cancellation) {
    List<String> command = command(build);
    Map<String, String> environment = new HashMap<>();
    for (String name : PASSED_VARIABLES) {
      String value = System.getenv(name);
      if (value != null) {
        environment.put(name, value);
      }
    }
    if (!environment.containsKey("JAVA_HOME")) {
      environment.put("JAVA_HOME", System.getProperty("java.home"));
    }
    CommandOutcome outcome =
        runner.run(new CommandRequest(command, build.root(), environment, timeout, cancellation));
    if (outcome.timedOut()) {
      throw GarlicException.environment(
          "building the project with '"
              + String.join(" ", command)
              + "' ran past "
              + timeout.toSeconds()
              + " s; build it yourself first");
    }
    if (outcome.exitCode() != 0) {
      throw failure(command, outcome.output());
    }
  }

  /** The command that compiles main and test code of {@code build}. */
  List<String> command(BuildInfo build) {
    Path root = build.root();
    if (build.system() == BuildSystem.MAVEN) {
      return tool(root, "mvnw", "mvn", List.of("-q", "-o", "-B", "test-compile"));
    }
    if (build.system() == BuildSystem.GRADLE) {
      return tool(root, "gradlew", "gradle", List.of("-q", "--offline", "testClasses"));
    }
    throw GarlicException.input(
        "no pom.xml or Gradle build at "
            + root
            + "; garlic test needs a Maven or Gradle project to compile and run the tests");
  }

  private List<String> tool(Path root, String wrapper, String installed, List<String> args) {
    List<String> command = new ArrayList<>();
    Path script = root.resolve(wrapper);
    if (Files.isRegularFile(script)) {
      if (Files.isExecutable(script)) {
        command.add(script.toString());
      } else {
        command.add("sh");
        command.add(script.toString());
      }
    } else {
      command.add(
          onPath(installed)
              .orElseThrow(
                  () ->
                      GarlicException.environment(
                          "neither ./"
                              + wrapper
                              + " nor "
                              + installed
                              + " on PATH; install "
                              + installed
                              + " or add the wrapper to build the project"))
              .toString());
    }
    command.addAll(args);
    return command;
  }

  private Optional<Path> onPath(String name) {
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The input error for a failed build: its first compiler errors, or the last output lines. */
  static GarlicException failure(List<String> command, String output) {
    Set<String> errors = new LinkedHashSet<>();
    for (String line : output.split("\\R")) {
      Matcher m = JAVA_ERROR.matcher(line.strip());
      if (m.matches() && errors.size() < SHOWN_ERRORS) {
        String lineNumber = m.group(2) != null ? m.group(2) : m.group(3);
        errors.add(m.group(1) + ":" + lineNumber + ": " + m.group(4).strip());
      }
    }
    if (errors.isEmpty() && OFFLINE.matcher(output).find()) {
      return GarlicException.environment(
          "the build could not resolve its dependencies offline ('"
              + String.join(" ", command)
              + "'); build the project once with network access, then try again");
    }
    String detail;
    if (errors.isEmpty()) {
      List<String> lines =
          output
              .lines()
              .map(l -> ANSI.matcher(l).replaceAll("").replaceFirst("^\\[ERROR\\]", "").strip())
              .filter(l -> !l.isEmpty() && !BOILERPLATE.matcher(l).find())
              .distinct()
              .limit(SHOWN_ERRORS)
              .toList();
      detail = String.join("\n  ", lines);
    } else {
      detail = String.join("\n  ", errors);
    }
    return GarlicException.input(
        "the project does not compile ('"
            + String.join(" ", command)
            + "' failed); run 'garlic fix' to repair it, then try again:\n  "
            + detail);
  }
}
