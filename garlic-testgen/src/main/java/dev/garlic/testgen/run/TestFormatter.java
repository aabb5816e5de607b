package dev.garlic.testgen.run;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testgen.write.TestSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Formats a verified test class with google-java-format, run in a child JVM: the library needs
 * {@code --add-exports} of javac's internals, which a child gets on its command line and Garlic's
 * own JVM does not have. Formatting changes layout only, so a verified class stays verified; the
 * method line spans are found again in the formatted text. When formatting fails the class is kept
 * as rendered (already in google-java-format's layout, long lines unwrapped). Thread-safe.
 */
final class TestFormatter {

  private static final String MAIN = "com.google.googlejavaformat.java.Main";

  private static final List<String> JARS =
      List.of(
          MAIN,
          "com.google.common.collect.ImmutableList",
          "com.google.common.util.concurrent.internal.InternalFutureFailureAccess");

  private static final List<String> EXPORTS =
      List.of("api", "code", "file", "parser", "tree", "util");

  /** {@code source} formatted, or empty when google-java-format could not run or changed names. */
  Optional<TestSource> format(
      TestSource source, Path directory, CommandRunner runner, Cancellation cancellation) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(source.className() + ".java");
      Files.writeString(file, source.text(), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      command.add(TestRuntime.java().toString());
      command.addAll(TestRuntime.jvmOptions());
      EXPORTS.forEach(
          p -> command.add("--add-exports=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED"));
      command.add("-cp");
      command.add(TestRuntime.join(ClassPathEntry.of(JARS)));
      command.add(MAIN);
      command.add("--replace");
      command.add(file.toString());
      CommandOutcome outcome =
          runner.run(
              new CommandRequest(
                  command,
                  directory,
                  TestRuntime.environment(),
                  Duration.ofSeconds(60),
                  cancellation));
      if (outcome.exitCode() != 0) {
        return Optional.empty();
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return spans(text, source.methods().keySet())
          .map(
              lines ->
                  new TestSource(
                      source.targetClass(),
                      source.packageName(),
                      source.className(),
                      text,
                      source.methods(),
                      lines));
    } catch (IOException | RuntimeException e) {
      cancellation.check();
      // the rendered layout is already close to google-java-format's; keep it
      return Optional.empty();
    }
  }

  /**
   * The lines of each method in formatted text: from the line after the blank line before its
   * annotations to its closing brace at member indentation.
   */
  static Optional<Map<String, TestSource.Lines>> spans(String text, Iterable<String> methods) {
    List<String> lines = text.lines().toList();
    Map<String, TestSource.Lines> spans = new LinkedHashMap<>();
    for (String method : methods) {
      int signature = -1;
      for (int i = 0; i < lines.size() && signature < 0; i++) {
        if (lines.get(i).startsWith("  void " + method + "(")) {
          signature = i;
        }
      }
      if (signature < 0) {
        return Optional.empty();
      }
      int first = signature;
      while (first > 0 && !lines.get(first - 1).isBlank()) {
        first--;
      }
      int last = signature;
      while (last < lines.size() && !lines.get(last).equals("  }")) {
        last++;
      }
      spans.put(method, new TestSource.Lines(first + 1, last + 1));
    }
    return Optional.of(spans);
  }
}
