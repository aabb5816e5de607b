package dev.garlic.agent.verify;

import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.BuildModule;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Picks the stack frames of a JVM stack trace that matter to someone fixing the test: those in the
 * project's own source files, which it also maps to {@code path:line} locations.
 */
final class JvmStackFrames {

  static final int MAX_FRAMES = 3;

  /** {@code at pkg.Class.method(File.java:12)}, the class possibly nested ({@code Outer$Inner}). */
  private static final Pattern FRAME =
      Pattern.compile(
          "^\\s*at (?:[\\w.$/@-]+/)?([\\w.$]+)\\.([\\w$<>]+)\\(([\\w$-]+\\.\\w+):(\\d+)\\)");

  private final BuildInfo build;

  JvmStackFrames(BuildInfo build) {
    this.build = build;
  }

  /** A frame of a trace and, when it is in the project, its source location. */
  record Frame(String text, Optional<String> location) {}

  /** The project frames of {@code trace} (at most {@link #MAX_FRAMES}), else its first frame. */
  List<Frame> relevant(String trace) {
    List<Frame> project = new ArrayList<>();
    Frame first = null;
    for (String line : trace.lines().toList()) {
      Matcher m = FRAME.matcher(line);
      if (!m.find()) {
        continue;
      }
      String text = line.strip().substring("at ".length());
      Optional<String> location = locate(m.group(1), m.group(3), Integer.parseInt(m.group(4)));
      Frame frame = new Frame(text, location);
      if (first == null) {
        first = frame;
      }
      if (location.isPresent() && project.size() < MAX_FRAMES) {
        project.add(frame);
      }
    }
    if (project.isEmpty() && first != null) {
      return List.of(first);
    }
    return project;
  }

  /** Where {@code className}'s source file {@code fileName} is in the project, as path:line. */
  private Optional<String> locate(String className, String fileName, int line) {
    int lastDot = className.lastIndexOf('.');
    String packageDir = lastDot < 0 ? "" : className.substring(0, lastDot).replace('.', '/') + "/";
    return build.modules().stream()
        .flatMap(JvmStackFrames::roots)
        .map(root -> (root.isEmpty() ? "" : root + "/") + packageDir + fileName)
        .filter(path -> Files.isRegularFile(build.root().resolve(path)))
        .findFirst()
        .map(path -> path + ":" + line);
  }

  private static Stream<String> roots(BuildModule module) {
    return Stream.concat(module.testRoots().stream(), module.mainRoots().stream());
  }
}
