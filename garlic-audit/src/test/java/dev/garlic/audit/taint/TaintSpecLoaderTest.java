package dev.garlic.audit.taint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.audit.Rule;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.spi.GarlicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaintSpecLoaderTest {

  private final TaintSpecLoader loader =
      new TaintSpecLoader(
          RuleCatalog.shipped().all().stream().map(Rule::id).collect(Collectors.toSet()));

  @Test
  void loadsTheShippedSpecification() {
    TaintSpec spec = loader.shipped();
    assertThat(spec.sizes().get("sources")).isGreaterThan(15);
    assertThat(spec.sizes().get("sinks")).isGreaterThan(50);
    assertThat(spec.source("HttpServletRequest", "getParameter", 1)).isNotNull();
    assertThat(spec.sinks("Statement", "executeQuery", 1))
        .extracting(TaintSpec.Sink::rule)
        .containsExactly("sql-injection");
    assertThat(spec.sanitizer("Encode", "forHtml", 1).rules()).containsExactly("xss");
    assertThat(spec.sourceAnnotations()).contains("RequestParam", "PathVariable");
  }

  @Test
  void everyShippedSinkNamesATaintRule() {
    TaintSpec spec = loader.shipped();
    assertThat(spec.sinks("Runtime", "exec", 1)).isNotEmpty();
    for (String rule : TaintCheck.RULES) {
      assertThat(RuleCatalog.shipped().find(rule)).as(rule).isPresent();
    }
  }

  @Test
  void unknownReceiverTypesDoNotMatchPseudoTypes() {
    TaintSpec spec = loader.shipped();
    assertThat(spec.sinks(null, "println", 1)).isEmpty();
    assertThat(spec.sinks("~ResponseWriter", "println", 1)).isNotEmpty();
    assertThat(spec.sinks("PrintStream", "println", 1)).isEmpty();
  }

  @Test
  void projectFileMergesIntoTheShippedSpecification(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve(".garlic/audit"));
    Files.writeString(
        root.resolve(TaintSpecLoader.PROJECT_FILE),
        """
        sources:
          - { call: "LegacyRequest.field", label: legacy form field }
        sinks:
          - { rule: sql-injection, call: "LegacyDb.run/1", args: [0] }
        """);
    TaintSpec spec = loader.forProject(root);
    assertThat(spec.source("LegacyRequest", "field", 1).label()).isEqualTo("legacy form field");
    assertThat(spec.sinks("LegacyDb", "run", 1)).hasSize(1);
    assertThat(spec.sinks("LegacyDb", "run", 2)).isEmpty();
    assertThat(spec.source("HttpServletRequest", "getParameter", 1)).isNotNull();
  }

  @Test
  void projectFileExtendsTheAnalysis(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve(".garlic/audit"));
    Files.writeString(
        root.resolve(TaintSpecLoader.PROJECT_FILE),
        """
        sources:
          - { call: "LegacyRequest.field", label: legacy form field }
        """);
    TaintSpec spec = loader.forProject(root);
    var findings =
        TaintFixture.run(
            spec,
            """
            class A {
              void h(LegacyRequest r, java.sql.Statement st) throws Exception {
                st.execute("select " + r.field("x"));
              }
            }
            """);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cwe()).isEqualTo("CWE-89");
              assertThat(f.trace().getFirst().description())
                  .isEqualTo("read from legacy form field \"x\"");
            });
  }

  @Test
  void malformedYamlNamesFileAndLine() {
    assertThatThrownBy(
            () -> loader.parse("taint.yaml", "sinks:\n  - { rule: sql-injection, call: [\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessageStartingWith("taint.yaml:");
  }

  @Test
  void unknownRuleNamesFileAndLine() {
    assertThatThrownBy(
            () ->
                loader.parse(
                    "taint.yaml",
                    "sinks:\n  - { rule: sql-injection, call: \"A.b\" }\n  - { rule: sqli, call: \"A.c\" }\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("taint.yaml:3: unknown rule \"sqli\"; use one of the catalog's rule ids");
  }

  @Test
  void badCallPatternNamesFileAndLine() {
    assertThatThrownBy(() -> loader.parse("t.yaml", "sources:\n  - { call: nodot }\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("t.yaml:2: call \"nodot\" must be Class.method or Class.method/arity");
  }

  @Test
  void unknownSectionAndKeyAreErrors() {
    assertThatThrownBy(() -> loader.parse("t.yaml", "sourcez:\n  - { call: A.b }\n"))
        .hasMessageStartingWith("t.yaml:1: unknown section \"sourcez\"");
    assertThatThrownBy(() -> loader.parse("t.yaml", "sources:\n  - { call: A.b, lable: x }\n"))
        .hasMessageStartingWith("t.yaml:2:");
  }

  @Test
  void missingRequiredKeyAndBadFlowEnd() {
    assertThatThrownBy(() -> loader.parse("t.yaml", "sinks:\n  - { call: A.b }\n"))
        .hasMessage("t.yaml:2: the entry needs \"rule\"");
    assertThatThrownBy(
            () -> loader.parse("t.yaml", "propagators:\n  - { call: A.b, from: [nowhere] }\n"))
        .hasMessageStartingWith("t.yaml:2: unknown flow end \"nowhere\"");
  }

  @Test
  void emptyFileIsAnEmptySpecification() {
    assertThat(loader.parse("t.yaml", "").sizes().values()).allMatch(n -> n == 0);
  }

  @Test
  void methodPatternsParseAlternativesAndArity() {
    MethodPattern p = MethodPattern.parse("A|B.run/2");
    assertThat(p.classes()).isEqualTo(Set.of("A", "B"));
    assertThat(p.matches("B", "run", 2)).isTrue();
    assertThat(p.matches("B", "run", 1)).isFalse();
    assertThat(p.matches("C", "run", 2)).isFalse();
    assertThat(p.matches(null, "run", 2)).isTrue();
    assertThat(MethodPattern.parse("*.length").matches("Whatever", "length", 0)).isTrue();
  }
}
