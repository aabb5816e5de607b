package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testkit.TestWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A small project written by a test and compiled with the system compiler into a temp dir. */
final class FixtureProject {

  private final TestWorkspace workspace;

  FixtureProject(Path root) {
    this.workspace = TestWorkspace.in(root);
  }

  /** Adds a source file under {@code src/main/java}, e.g. {@code com/acme/Money.java}. */
  FixtureProject source(String path, String text) {
    workspace.file("src/main/java/" + path, text);
    return this;
  }

  /** Compiles the sources (with parameter names) and describes the project. */
  TargetProject compile() {
    Path sources = workspace.resolve("src/main/java");
    Path classes = workspace.resolve("target/classes");
    try {
      Files.createDirectories(classes);
      List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-g"));
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TargetProject(
        workspace.root(),
        List.of(sources),
        List.of(classes),
        List.of(),
        List.of(),
        workspace.resolve("src/test/java"));
  }
}
