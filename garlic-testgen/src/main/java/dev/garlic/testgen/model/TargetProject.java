package dev.garlic.testgen.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A compiled project that tests are generated for: where its classes are and what they need at run
 * time. Paths are absolute.
 *
 * @param root the workspace root
 * @param mainSources the roots of the module's main sources (for reading the API from source)
 * @param classes directories (or jars) of the compiled main classes under test
 * @param testClasses directories of the compiled existing tests (empty when there are none)
 * @param dependencies the module's dependency class path (compile and test scope), without Garlic's
 *     own test-running jars, which the runner adds
 * @param testSourceRoot where generated tests go by default (mirroring packages)
 */
public record TargetProject(
    Path root,
    List<Path> mainSources,
    List<Path> classes,
    List<Path> testClasses,
    List<Path> dependencies,
    Path testSourceRoot) {

  public TargetProject {
    mainSources = List.copyOf(mainSources);
    classes = List.copyOf(classes);
    testClasses = List.copyOf(testClasses);
    dependencies = List.copyOf(dependencies);
  }

  /** The class path the code under test runs with: its classes, then its dependencies. */
  public List<Path> runtimeClasspath() {
    return java.util.stream.Stream.of(classes, dependencies).flatMap(List::stream).toList();
  }
}
