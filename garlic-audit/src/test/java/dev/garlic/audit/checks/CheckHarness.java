package dev.garlic.audit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.audit.AuditProject;
import dev.garlic.audit.Check;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.audit.SourceFile;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import dev.garlic.testkit.ExpectMarkers;
import dev.garlic.workspace.java.JavaFrontEnd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs a check on inline sources and compares its findings with their EXPECT markers. */
final class CheckHarness {

  private static final RuleCatalog CATALOG = RuleCatalog.shipped();

  private CheckHarness() {}

  static AuditProject project(Map<String, String> sources, Map<String, String> resources) {
    JavaFrontEnd frontEnd = new JavaFrontEnd();
    List<SourceFile> files = new ArrayList<>();
    sources.forEach(
        (path, text) ->
            files.add(new SourceFile(path, text, frontEnd.parse(path, text).compilationUnit())));
    return new AuditProject(Path.of("/nonexistent-project"), files, resources);
  }

  static List<Finding> run(Check check, AuditProject project) {
    return check.run(project, CATALOG, Cancellation.create());
  }

  /** Asserts that {@code check} reports exactly the lines marked with a CWE in {@code source}. */
  static void assertMarkers(Check check, String source) {
    assertMarkers(check, source, Map.of());
  }

  static void assertMarkers(Check check, String source, Map<String, String> resources) {
    AuditProject project = project(Map.of("src/main/java/p/T.java", source), resources);
    Set<String> expected =
        ExpectMarkers.parse(source).stream()
            .filter(e -> !e.text().equals("none"))
            .map(e -> e.line() + " " + e.text())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> actual =
        run(check, project).stream()
            .map(f -> f.location().line() + " " + f.cwe())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(actual).as("lines reported (line CWE)").isEqualTo(expected);
    assertThat(expected).as("the test source expects something or nothing on purpose").isNotNull();
  }
}
