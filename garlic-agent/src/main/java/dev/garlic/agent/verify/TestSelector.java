package dev.garlic.agent.verify;

import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.BuildModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Chooses the narrowest tests for a set of changed files. JVM builds pair {@code Foo.java} with
 * {@code FooTest} (and the other conventions of {@link BuildInfo}) in the same package of the same
 * module, and a changed test selects itself. pytest pairs {@code foo.py} with {@code test_foo.py}
 * or {@code foo_test.py} anywhere in the project. go selects the package directory of each changed
 * {@code .go} file. npm cannot be narrowed. Paths are relative to the root with {@code /}.
 */
final class TestSelector {

  private static final Set<String> JVM_SOURCES = Set.of("java", "kt", "groovy", "scala");
  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", ".garlic", "node_modules", "venv", ".venv", "__pycache__", ".tox", "build");

  private final Path root;
  private final TestFramework framework;

  TestSelector(Path root, TestFramework framework) {
    this.root = root;
    this.framework = framework;
  }

  TestSelection select(Collection<String> changed) {
    return switch (framework) {
      case MAVEN, GRADLE -> jvm(changed);
      case PYTEST -> python(changed);
      case GO -> go(changed);
      case NPM -> new TestSelection(Map.of(), List.of());
    };
  }

  private TestSelection jvm(Collection<String> changed) {
    BuildInfo build = BuildInfo.detect(root);
    Map<String, Set<String>> tests = new LinkedHashMap<>();
    List<String> unpaired = new ArrayList<>();
    for (String file : changed) {
      if (!JVM_SOURCES.contains(extension(file))) {
        continue;
      }
      String module = build.moduleOf(file).map(BuildModule::path).orElse("");
      if (build.isTestPath(file)) {
        if (!build.mainCandidates(file).isEmpty() && Files.isRegularFile(root.resolve(file))) {
          tests.computeIfAbsent(module, m -> new LinkedHashSet<>()).add(baseName(file));
        }
        continue;
      }
      build
          .testFor(file)
          .ifPresentOrElse(
              test -> tests.computeIfAbsent(module, m -> new LinkedHashSet<>()).add(baseName(test)),
              () -> unpaired.add(file));
    }
    return new TestSelection(lists(tests), unpaired);
  }

  private TestSelection python(Collection<String> changed) {
    Set<String> tests = new LinkedHashSet<>();
    List<String> unpaired = new ArrayList<>();
    List<String> allTests = null;
    for (String file : changed) {
      if (!file.endsWith(".py")) {
        continue;
      }
      String base = baseName(file);
      if (base.startsWith("test_") || base.endsWith("_test")) {
        if (Files.isRegularFile(root.resolve(file))) {
          tests.add(file);
        }
        continue;
      }
      if (allTests == null) {
        allTests = pythonTestFiles();
      }
      List<String> paired =
          allTests.stream()
              .filter(t -> baseName(t).equals("test_" + base) || baseName(t).equals(base + "_test"))
              .toList();
      if (paired.isEmpty()) {
        unpaired.add(file);
      }
      tests.addAll(paired);
    }
    return new TestSelection(tests.isEmpty() ? Map.of() : Map.of("", List.copyOf(tests)), unpaired);
  }

  private TestSelection go(Collection<String> changed) {
    Set<String> packages = new LinkedHashSet<>();
    for (String file : changed) {
      if (file.endsWith(".go") && Files.isRegularFile(root.resolve(file))) {
        int slash = file.lastIndexOf('/');
        packages.add(slash < 0 ? "." : "./" + file.substring(0, slash));
      }
    }
    return new TestSelection(
        packages.isEmpty() ? Map.of() : Map.of("", List.copyOf(packages)), List.of());
  }

  private List<String> pythonTestFiles() {
    try (Stream<Path> files = Files.walk(root, 12)) {
      return files
          .filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".py"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> Stream.of(p.split("/")).noneMatch(SKIPPED_DIRS::contains))
          .filter(p -> baseName(p).startsWith("test_") || baseName(p).endsWith("_test"))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static Map<String, List<String>> lists(Map<String, Set<String>> sets) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    sets.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return lists;
  }

  private static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }
}
