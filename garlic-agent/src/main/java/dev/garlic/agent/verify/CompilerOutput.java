package dev.garlic.agent.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compile errors from a build's console output, in the forms Maven's compiler plugin ({@code
 * [ERROR] /p/Foo.java:[12,5] message}), plain javac as Gradle prints it ({@code /p/Foo.java:12:
 * error: message}) and kotlinc ({@code e: file:///p/Foo.kt:12:5 message}) and go ({@code
 * ./foo.go:12:5: message}) use. Maven prints each error twice; duplicates are dropped. Paths inside
 * the root become relative to it.
 */
final class CompilerOutput {

  private static final Pattern MAVEN =
      Pattern.compile("^\\[ERROR\\] (\\S.*?\\.(?:java|kt|groovy|scala)):\\[(\\d+),(\\d+)\\] (.*)$");
  private static final Pattern JAVAC = Pattern.compile("^(\\S.*?\\.java):(\\d+): error: (.*)$");
  private static final Pattern GO = Pattern.compile("^(\\S+\\.go):(\\d+):(\\d+): (.*)$");
  private static final Pattern KOTLIN =
      Pattern.compile("^e: (?:file://)?(\\S.*?\\.kts?):(\\d+):(\\d+) (.*)$");

  private CompilerOutput() {}

  static List<CompileError> parse(String output, Path root) {
    Set<CompileError> errors = new LinkedHashSet<>();
    for (String line : output.lines().toList()) {
      Matcher m;
      if ((m = MAVEN.matcher(line)).matches()
          || (m = KOTLIN.matcher(line)).matches()
          || (m = GO.matcher(line)).matches()) {
        errors.add(
            new CompileError(
                relative(m.group(1), root),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(4).strip()));
      } else if ((m = JAVAC.matcher(line)).matches()) {
        errors.add(
            new CompileError(
                relative(m.group(1), root), Integer.parseInt(m.group(2)), 0, m.group(3).strip()));
      }
    }
    return new ArrayList<>(errors);
  }

  private static String relative(String file, Path root) {
    try {
      Path path = Path.of(file);
      return path.isAbsolute() && path.normalize().startsWith(root)
          ? root.relativize(path.normalize()).toString().replace('\\', '/')
          : file;
    } catch (RuntimeException e) {
      return file;
    }
  }
}
