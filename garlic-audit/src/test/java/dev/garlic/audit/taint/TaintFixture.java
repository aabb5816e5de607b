package dev.garlic.audit.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.audit.AuditProject;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.audit.SourceFile;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import dev.garlic.testkit.ExpectMarkers;
import dev.garlic.workspace.java.JavaFrontEnd;
import dev.garlic.workspace.java.ParsedJava;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs the taint check over inline sources and compares with their EXPECT markers. */
final class TaintFixture {

  private TaintFixture() {}

  static final String PRELUDE =
      """
      import javax.servlet.http.*;
      import java.sql.*;
      import java.io.*;
      import java.util.*;
      """;

  static List<Finding> run(String... sources) {
    return run(null, sources);
  }

  static List<Finding> run(@org.jspecify.annotations.Nullable TaintSpec spec, String... sources) {
    JavaFrontEnd fe = new JavaFrontEnd();
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      String path = "src/F" + i + ".java";
      ParsedJava p = fe.parse(path, sources[i]);
      files.add(new SourceFile(path, sources[i], p.compilationUnit()));
    }
    AuditProject project = new AuditProject(Path.of("."), files, Map.of());
    TaintCheck check = spec == null ? new TaintCheck() : new TaintCheck(spec);
    TaintCheck.Result result = check.analyse(project, RuleCatalog.shipped(), Cancellation.create());
    assertThat(result.failures()).as("methods the analysis failed on").isEmpty();
    return result.findings();
  }

  /** Checks that the findings are exactly the EXPECT markers of the (single) source. */
  static List<Finding> check(String source) {
    String text = PRELUDE + source;
    List<Finding> findings = run(text);
    Set<String> expected = new TreeSet<>();
    for (ExpectMarkers.Expectation e : ExpectMarkers.parse(text)) {
      if (!e.text().equals("none")) {
        expected.add(e.line() + " " + e.text());
      }
    }
    Set<String> actual = new TreeSet<>();
    for (Finding f : findings) {
      actual.add(f.location().line() + " " + f.cwe());
    }
    assertThat(actual).as("findings (line CWE) of%n%s%n%s", text, findings).isEqualTo(expected);
    return findings;
  }
}
