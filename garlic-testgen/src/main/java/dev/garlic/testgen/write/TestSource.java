package dev.garlic.testgen.write;

import dev.garlic.testgen.model.TestCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rendered JUnit 5 test class and where each of its test methods came from, so that a caller
 * can drop the test cases behind a failing method and render the class again without them.
 *
 * @param targetClass the fully qualified name of the class under test
 * @param packageName the package of the test class ({@code ""} for the default package)
 * @param className the simple name of the test class
 * @param text the Java source
 * @param methods test method name to the test cases it runs, in source order: one for a plain
 *     {@code @Test}, one per row for a {@code @ParameterizedTest}
 * @param lines test method name to the lines it spans in {@code text}, 1-based and inclusive,
 *     annotations included
 */
public record TestSource(
    String targetClass,
    String packageName,
    String className,
    String text,
    Map<String, List<TestCase>> methods,
    Map<String, Lines> lines) {

  /** The lines a method spans, 1-based, inclusive. */
  public record Lines(int first, int last) {
    public boolean contains(long line) {
      return line >= first && line <= last;
    }
  }

  public TestSource {
    methods = unmodifiable(methods);
    lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
  }

  private static Map<String, List<TestCase>> unmodifiable(Map<String, List<TestCase>> methods) {
    Map<String, List<TestCase>> copy = new LinkedHashMap<>();
    methods.forEach((name, cases) -> copy.put(name, List.copyOf(cases)));
    return Collections.unmodifiableMap(copy);
  }

  /** The test class's fully qualified name. */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /** Where the file goes under a test source root, e.g. {@code com/acme/MoneyGarlicTest.java}. */
  public String relativePath() {
    return qualifiedName().replace('.', '/') + ".java";
  }

  /** Every test case rendered, in source order. */
  public List<TestCase> tests() {
    List<TestCase> all = new ArrayList<>();
    methods.values().forEach(all::addAll);
    return all;
  }

  /** The test method spanning {@code line}, if any. */
  public Optional<String> methodAt(long line) {
    return lines.entrySet().stream()
        .filter(e -> e.getValue().contains(line))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
