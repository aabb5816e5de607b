package dev.garlic.index.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds files of a corpus by the names people use for them: exact paths, path suffixes, file names,
 * and test-to-source pairs ({@code FooTest.java} and {@code Foo.java}).
 */
final class FileNames {

  private final List<String> paths;
  private final Map<String, Integer> byPath = new HashMap<>();
  private final Map<String, List<Integer>> byFileName = new HashMap<>();
  private final Map<String, List<Integer>> byStem = new HashMap<>();

  FileNames(List<String> paths) {
    this.paths = paths;
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      byPath.put(path, i);
      byFileName.computeIfAbsent(fileName(path), k -> new ArrayList<>(1)).add(i);
      byStem.computeIfAbsent(stem(path), k -> new ArrayList<>(1)).add(i);
    }
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The file name without its extension. */
  static String stem(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /**
   * The files a path written in a task refers to: the file with exactly that path, else files whose
   * path ends with it, else (for absolute or longer paths from another machine) files whose path
   * the written one ends with, the longest of them.
   */
  List<Integer> resolve(String written) {
    String p = normalise(written);
    Integer exact = byPath.get(p);
    if (exact != null) {
      return List.of(exact);
    }
    List<Integer> sameName = byFileName.getOrDefault(fileName(p), List.of());
    String suffix = "/" + p;
    List<Integer> under = sameName.stream().filter(id -> paths.get(id).endsWith(suffix)).toList();
    if (!under.isEmpty()) {
      return under;
    }
    List<Integer> within = sameName.stream().filter(id -> p.endsWith("/" + paths.get(id))).toList();
    int longest = within.stream().mapToInt(id -> paths.get(id).length()).max().orElse(0);
    return within.stream().filter(id -> paths.get(id).length() == longest).toList();
  }

  private static String normalise(String written) {
    String p = written.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }

  /** Files with this file name ({@code Foo.java}) in any directory. */
  List<Integer> named(String fileName) {
    return byFileName.getOrDefault(fileName, List.of());
  }

  /** Files whose name without extension is {@code stem}. */
  List<Integer> withStem(String stem) {
    return byStem.getOrDefault(stem, List.of());
  }

  /**
   * The files a test file tests: those named like it without the test affix ({@code FooTest} gives
   * {@code Foo}), else, for tests split by topic, those named like its longest leading camel-case
   * words ({@code StringUtilsSubstringTest} gives {@code StringUtils}).
   */
  List<Integer> testedBy(String testPath) {
    String stem = testedStem(testPath);
    while (stem != null) {
      List<Integer> found = new ArrayList<>(withStem(stem));
      found.removeIf(f -> paths.get(f).equals(testPath) || testedStem(paths.get(f)) != null);
      if (!found.isEmpty()) {
        return found;
      }
      stem = withoutLastWord(stem);
    }
    return List.of();
  }

  /** {@code StringUtilsSubstring} without its last camel-case word, or null for one word. */
  private static @Nullable String withoutLastWord(String stem) {
    for (int i = stem.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(stem.charAt(i)) && Character.isLowerCase(stem.charAt(i - 1))) {
        return stem.substring(0, i);
      }
    }
    return null;
  }

  /**
   * The stem of the code a test file tests ({@code FooTest}, {@code FooTests}, {@code TestFoo},
   * {@code FooIT}, {@code test_foo}, {@code foo_test} give {@code Foo}/{@code foo}), or null if the
   * file is not named like a test.
   */
  static @Nullable String testedStem(String path) {
    String stem = stem(path);
    for (String suffix : List.of("Tests", "Test", "IT", "_test", "Spec")) {
      if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
        return stem.substring(0, stem.length() - suffix.length());
      }
    }
    if (stem.startsWith("test_") && stem.length() > 5) {
      return stem.substring(5);
    }
    if (stem.startsWith("Test") && stem.length() > 4 && Character.isUpperCase(stem.charAt(4))) {
      return stem.substring(4);
    }
    return null;
  }

  static boolean isTest(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return testedStem(path) != null || lower.contains("/test/") || lower.startsWith("test/");
  }
}
