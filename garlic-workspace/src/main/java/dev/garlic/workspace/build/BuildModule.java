package dev.garlic.workspace.build;

import java.util.List;

/**
 * One module of a build. All paths are relative to the workspace root with {@code /} separators;
 * the root module's {@code path} is the empty string. Source roots are the declared (or
 * conventional) ones and need not exist yet, so that a new test has a place to go.
 *
 * @param path the module's directory
 * @param name its artifactId, Gradle project name or directory name
 * @param mainRoots roots of its main sources, e.g. {@code core/src/main/java}
 * @param testRoots roots of its test sources, e.g. {@code core/src/test/java}
 */
public record BuildModule(
    String path, String name, List<String> mainRoots, List<String> testRoots) {

  public BuildModule {
    mainRoots = List.copyOf(mainRoots);
    testRoots = List.copyOf(testRoots);
  }
}
