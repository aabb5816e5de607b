package dev.garlic.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Suppression;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {

  @TempDir Path dir;

  private final FakeCheck check = new FakeCheck();
  private final Auditor auditor = new Auditor(List.of(check), RuleCatalog.shipped());

  private TestWorkspace workspace() {
    return TestWorkspace.in(dir)
        .file(
            "src/main/java/a/Dao.java",
            """
            package a;
            class Dao {
              void find(String id) {
                s.executeQuery("select " + id);
              }
            }
            """)
        .file(
            "src/main/java/b/Hash.java",
            """
            package b;
            class Hash {
              void h() { md5(); }
            }
            """);
  }

  private AuditReport audit(AuditRequest request) {
    return auditor.audit(dir, request, Reporter.SILENT, Cancellation.create());
  }

  @Test
  void reportsTheFindingsOfEveryCheckWorstFirst() {
    workspace();

    AuditReport report = audit(AuditRequest.all());

    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactly("sql-injection", "weak-hash");
    assertThat(report.summary().high()).isEqualTo(1);
    assertThat(report.summary().medium()).isEqualTo(1);
    assertThat(report.summary().filesAnalysed()).isEqualTo(2);
  }

  @Test
  void keepsOnlyFindingsInTheRequestedPathsButAnalysesEverything() {
    workspace();

    AuditReport report = audit(AuditRequest.all().withPaths(List.of("src/main/java/b")));

    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("weak-hash");
    assertThat(check.seen.files()).hasSize(2);
  }

  @Test
  void filtersByRulesAndExcludedRules() {
    workspace();

    assertThat(audit(new AuditRequest(List.of(), List.of("weak-hash"), List.of(), null)).findings())
        .extracting(Finding::ruleId)
        .containsExactly("weak-hash");
    assertThat(audit(new AuditRequest(List.of(), List.of(), List.of("weak-hash"), null)).findings())
        .extracting(Finding::ruleId)
        .containsExactly("sql-injection");
  }

  @Test
  void anUnknownRuleIdIsAUsageErrorNamingTheKnownOnes() {
    workspace();

    assertThatThrownBy(
            () -> audit(new AuditRequest(List.of(), List.of("sql-injektion"), List.of(), null)))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.USAGE))
        .hasMessageContaining("sql-injektion")
        .hasMessageContaining("sql-injection");
  }

  @Test
  void aMissingRequestedPathIsAnInputError() {
    workspace();

    assertThatThrownBy(() -> audit(AuditRequest.all().withPaths(List.of("nope"))))
        .hasMessageContaining("nope does not exist");
  }

  @Test
  void aCommentWithAReasonSuppressesOnItsLineOrTheLineBefore() {
    TestWorkspace.in(dir)
        .file(
            "A.java",
            """
            class A {
              void f() {
                // garlic:ignore CWE-89 -- the id is parsed as a number above
                s.executeQuery(x);
                s.executeQuery(y); // garlic:ignore sql-injection -- constant
                md5(); // garlic:ignore CWE-89 -- wrong CWE, does not apply
              }
            }
            """);

    AuditReport report = audit(AuditRequest.all());

    assertThat(report.suppressed())
        .extracting(Finding::suppression)
        .containsExactly(
            new Suppression(Suppression.Kind.COMMENT, "the id is parsed as a number above"),
            new Suppression(Suppression.Kind.COMMENT, "constant"));
    assertThat(report.active()).extracting(Finding::ruleId).containsExactly("weak-hash");
    assertThat(report.summary().suppressedByComment()).isEqualTo(2);
  }

  @Test
  void aSuppressionWithoutAReasonSuppressesNothingAndIsWarnedAbout() {
    TestWorkspace.in(dir)
        .file(
            "A.java",
            """
            class A {
              void f() {
                s.executeQuery(x); // garlic:ignore CWE-89
              }
            }
            """);

    AuditReport report = audit(AuditRequest.all());

    assertThat(report.active()).hasSize(1);
    assertThat(report.summary().warnings())
        .singleElement()
        .asString()
        .contains("A.java:3")
        .contains("has no reason");
  }

  @Test
  void skipsUnparsableFilesWithTheirFirstError() {
    workspace().file("src/main/java/Broken.java", "class { {{{ \n");

    AuditReport report = audit(AuditRequest.all());

    assertThat(report.summary().skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.path()).isEqualTo("src/main/java/Broken.java"))
        .satisfies(s -> assertThat(s.reason()).isNotBlank());
    assertThat(report.findings()).hasSize(2);
  }

  @Test
  void givesChecksTheResourcesByClassPathName() {
    workspace()
        .file("src/main/resources/app.properties", "alg=SHA-512\n")
        .file("web/src/test/resources/config/db.yaml", "url: x\n");

    audit(AuditRequest.all());

    assertThat(check.seen.resource("app.properties")).contains("alg=SHA-512\n");
    assertThat(check.seen.resource("/config/db.yaml")).contains("url: x\n");
    assertThat(check.seen.resources()).doesNotContainKey("src/main/java/a/Dao.java");
  }

  @Test
  void aCheckNamingARuleOutsideTheCatalogIsRefused() {
    Check bad =
        new Check() {
          @Override
          public List<String> rules() {
            return List.of("no-such-rule");
          }

          @Override
          public List<Finding> run(AuditProject p, RuleCatalog c, Cancellation x) {
            return List.of();
          }
        };

    assertThatThrownBy(() -> new Auditor(List.of(bad), RuleCatalog.shipped()))
        .hasMessageContaining("no-such-rule");
  }

  @Test
  void theSummaryNamesOnlyTheRulesThatACheckReports() {
    workspace();

    assertThat(audit(AuditRequest.all()).summary().rules())
        .containsExactly("sql-injection", "weak-hash");
  }

  @Test
  void warnsWhenNoCheckIsOnTheClassPath() {
    workspace();

    AuditReport report =
        new Auditor(List.of(), RuleCatalog.shipped())
            .audit(dir, AuditRequest.all(), Reporter.SILENT, Cancellation.create());

    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().warnings())
        .singleElement()
        .asString()
        .contains("no security checks");
  }
}
