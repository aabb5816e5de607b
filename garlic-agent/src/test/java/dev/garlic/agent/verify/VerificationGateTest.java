package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate with a command runner that plays Maven (see {@link TestRunnerTest}). */
class VerificationGateTest {

  private static final Set<Path> CHANGED = Set.of(Path.of("src/main/java/demo/Calculator.java"));

  @TempDir Path root;
  private final List<List<String>> commands = new ArrayList<>();
  private final VerificationGate gate = new VerificationGate();

  private void mavenProject() throws IOException {
    write("pom.xml", "<project/>");
    write("src/main/java/demo/Calculator.java", "package demo; class Calculator {}");
    write("src/test/java/demo/CalculatorTest.java", "package demo; class CalculatorTest {}");
  }

  private EngineContext context(CommandRunner maven, Settings settings) {
    return new EngineContext(
        root,
        settings,
        Reporter.SILENT,
        Cancellation.create(),
        request -> {
          commands.add(request.command());
          return maven.run(request);
        });
  }

  private EngineContext context(CommandRunner maven) {
    return context(maven, Settings.EMPTY);
  }

  @Test
  void failingPairedTestFailsTheGateWithFeedbackForTheModel() throws IOException {
    mavenProject();

    Verification v =
        gate.verify(
            context(
                request -> {
                  write(
                      "target/surefire-reports/TEST-demo.CalculatorTest.xml",
                      JUnitXmlReportsTest.REPORT);
                  return new CommandOutcome(1, false, 5, "[ERROR] There are test failures.", 0);
                }),
            Set.of(root.resolve("src/main/java/demo/Calculator.java")));

    assertThat(v.passed()).isFalse();
    assertThat(v.built()).isEqualTo(BuildState.BUILT);
    assertThat(v.testsRun()).isEqualTo(4);
    assertThat(v.testsFailed()).isEqualTo(2);
    assertThat(commands.getFirst()).contains("-Dtest=CalculatorTest");
    assertThat(v.feedback())
        .startsWith("Verification failed; fix this before you finish")
        .contains(
            "FAIL demo.CalculatorTest.addsTwoNumbers at src/test/java/demo/CalculatorTest.java:13");
    assertThat(v.describe())
        .contains("Verified: the project built; 4 tests ran, 2 failed.")
        .contains(
            "Not verified:\n  - ran only the tests that pair with the changes, not the whole suite");
  }

  @Test
  void passingGateSaysWhatRanAndWhatDidNot() throws IOException {
    mavenProject();

    Verification v = gate.verify(context(this::passingRun), CHANGED);

    assertThat(v.passed()).isTrue();
    assertThat(v.feedback()).isEmpty();
    assertThat(v.describe())
        .startsWith("Verified: the project built; 1 test ran, all passed.\n")
        .contains("  $ mvn -B test -Dtest=CalculatorTest");
  }

  @Test
  void gateScopeAllGoesOnToTheWholeSuite() throws IOException {
    mavenProject();

    Verification v =
        gate.verify(
            context(
                this::passingRun,
                key ->
                    key.equals(VerificationGate.SCOPE_KEY) ? Optional.of("all") : Optional.empty()),
            CHANGED);

    assertThat(v.passed()).isTrue();
    assertThat(commands).hasSize(2);
    assertThat(commands.getLast()).containsExactly("mvn", "-B", "-fae", "test");
    assertThat(v.notVerified()).isEmpty();
  }

  @Test
  void aPassingRunOfTheModelAfterItsLastChangeIsReused() throws IOException {
    mavenProject();
    TestReportLog log =
        new TestReportLog(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
    log.record(root, new TestRunner(setup()).run(context(this::passingRun), request()));
    commands.clear();

    Verification reused =
        gate.verify(context(this::passingRun), CHANGED, log, Instant.parse("2026-11-21T09:59:00Z"));
    assertThat(reused.reused()).isTrue();
    assertThat(reused.passed()).isTrue();
    assertThat(commands).isEmpty();
    assertThat(reused.describe()).contains("(the agent's own run_tests after its last change)");

    Verification rerun =
        gate.verify(context(this::passingRun), CHANGED, log, Instant.parse("2026-11-21T10:01:00Z"));
    assertThat(rerun.reused()).isFalse();
    assertThat(commands).hasSize(1);
  }

  @Test
  void withoutABuildToolNothingIsVerifiedAndTheGateSaysWhy() {
    Verification v = gate.verify(context(this::passingRun), CHANGED);

    assertThat(v.built()).isEqualTo(BuildState.NOT_RUN);
    assertThat(v.passed()).isTrue();
    assertThat(v.notVerified())
        .singleElement()
        .asString()
        .startsWith("no build tool or test runner found");
    assertThat(v.describe()).contains("Verified: no build ran.").contains("Not verified:");
  }

  @Test
  void aBuildToolThatCannotStartIsAReasonNotAnError() throws IOException {
    mavenProject();

    Verification v =
        gate.verify(
            context(
                request -> {
                  throw GarlicException.environment("cannot run mvn: No such file or directory");
                }),
            CHANGED);

    assertThat(v.notVerified())
        .containsExactly("could not run the tests: cannot run mvn: No such file or directory");
  }

  @Test
  void cancellationIsNotSwallowed() throws IOException {
    mavenProject();

    assertThatThrownBy(
            () ->
                gate.verify(
                    context(
                        request -> {
                          throw new GarlicException(
                              GarlicError.of(ErrorCode.INTERRUPTED, "command cancelled"));
                        }),
                    CHANGED))
        .isInstanceOf(GarlicException.class)
        .hasMessage("command cancelled");
  }

  @Test
  void noChangesNeedNoVerification() {
    Verification v = gate.verify(context(this::passingRun), Set.of());

    assertThat(v.passed()).isTrue();
    assertThat(commands).isEmpty();
    assertThat(v.notVerified()).containsExactly("no files changed, so there was nothing to verify");
  }

  private CommandOutcome passingRun(dev.garlic.spi.exec.CommandRequest request) {
    write(
        "target/surefire-reports/TEST-demo.CalculatorTest.xml",
        "<testsuite><testcase name=\"adds\" classname=\"demo.CalculatorTest\"/></testsuite>");
    return new CommandOutcome(0, false, 5, "[INFO] BUILD SUCCESS", 0);
  }

  private static TestRunnerSetup setup() {
    return new TestRunnerSetup(TestFramework.MAVEN, List.of("mvn"), "pom.xml");
  }

  private static TestRequest request() {
    return new TestRequest(
        TestScope.CHANGED,
        List.of(),
        Set.of("src/main/java/demo/Calculator.java"),
        java.time.Duration.ofSeconds(5));
  }

  private void write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
