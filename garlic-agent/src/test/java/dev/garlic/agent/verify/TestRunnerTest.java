package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's choice of commands and its reading of their results, with a command runner that
 * plays Maven: it records each command and writes the reports a real run would.
 */
class TestRunnerTest {

  private static final String PASSING =
      """
      <testsuite name="demo.CalculatorTest" tests="1">
        <testcase name="adds" classname="demo.CalculatorTest"/>
      </testsuite>
      """;

  @TempDir Path root;
  private final List<List<String>> commands = new ArrayList<>();

  @BeforeEach
  void project() throws IOException {
    write("pom.xml", "<project><artifactId>calculator</artifactId></project>");
    write("src/main/java/demo/Calculator.java", "package demo; class Calculator {}");
    write("src/main/java/demo/Orphan.java", "package demo; class Orphan {}");
    write("src/test/java/demo/CalculatorTest.java", "package demo; class CalculatorTest {}");
  }

  @Test
  void runsThePairedTestFirstThenTheWholeSuiteWhenAskedForAll() {
    TestReport report =
        run(TestScope.ALL, Set.of("src/main/java/demo/Calculator.java"), request -> pass());

    assertThat(commands)
        .containsExactly(
            List.of(
                "mvn",
                "-B",
                "test",
                "-Dtest=CalculatorTest",
                "-Dsurefire.failIfNoSpecifiedTests=false"),
            List.of("mvn", "-B", "-fae", "test"));
    assertThat(report.passed()).isTrue();
    assertThat(report.testsRun()).isEqualTo(1);
    assertThat(report.selected()).containsExactly("CalculatorTest");
    assertThat(report.build()).isEqualTo(BuildState.BUILT);
    assertThat(report.text())
        .startsWith("run_tests (maven): PASSED - 1 test, 0 failed, 0 errors, 0 skipped in 0.0 s\n")
        .contains("$ mvn -B -fae test\n");
  }

  @Test
  void aFailingPairedTestEndsTheRunBeforeTheWholeSuite() {
    TestReport report =
        run(
            TestScope.ALL,
            Set.of("src/main/java/demo/Calculator.java"),
            request -> {
              write(
                  "target/surefire-reports/TEST-demo.CalculatorTest.xml",
                  JUnitXmlReportsTest.REPORT);
              return new CommandOutcome(1, false, 10, "[ERROR] There are test failures.\n", 0);
            });

    assertThat(commands).hasSize(1);
    assertThat(report.passed()).isFalse();
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.text())
        .contains(
            "FAIL demo.CalculatorTest.addsTwoNumbers at src/test/java/demo/CalculatorTest.java:13")
        .contains("expected: <5> but was: <-1>");
  }

  @Test
  void staleReportsOfAnEarlierRunAreNotRead() {
    write("target/surefire-reports/TEST-demo.Old.xml", JUnitXmlReportsTest.REPORT);

    TestReport report =
        run(TestScope.CHANGED, Set.of("src/main/java/demo/Calculator.java"), request -> pass());

    assertThat(report.failures()).isEmpty();
    assertThat(report.testsRun()).isEqualTo(1);
  }

  @Test
  void changesNoTestPairsWithOnlyBuild() {
    TestReport report =
        run(
            TestScope.CHANGED,
            Set.of("src/main/java/demo/Orphan.java"),
            request -> new CommandOutcome(0, false, 10, "[INFO] BUILD SUCCESS\n", 0));

    assertThat(commands).containsExactly(List.of("mvn", "-B", "test-compile"));
    assertThat(report.build()).isEqualTo(BuildState.BUILT);
    assertThat(report.passed()).isTrue();
    assertThat(report.notes())
        .contains(
            "no test pairs with src/main/java/demo/Orphan.java",
            "no test pairs with the changed files, so only the build ran, no tests");
  }

  @Test
  void compileErrorsFailTheBuild() {
    TestReport report =
        run(
            TestScope.CHANGED,
            Set.of("src/main/java/demo/Calculator.java"),
            request ->
                new CommandOutcome(
                    1,
                    false,
                    10,
                    "[ERROR] "
                        + root.resolve("src/main/java/demo/Calculator.java")
                        + ":[3,10] cannot find symbol\n[INFO] BUILD FAILURE\n",
                    0));

    assertThat(report.build()).isEqualTo(BuildState.FAILED);
    assertThat(report.passed()).isFalse();
    assertThat(report.compileErrors())
        .containsExactly(
            new CompileError("src/main/java/demo/Calculator.java", 3, 10, "cannot find symbol"));
    assertThat(report.text())
        .contains("src/main/java/demo/Calculator.java:3:10: cannot find symbol");
  }

  @Test
  void aFailureWithoutResultsKeepsTheEndOfTheOutput() {
    TestReport report =
        run(
            TestScope.CHANGED,
            Set.of("src/main/java/demo/Calculator.java"),
            request ->
                new CommandOutcome(
                    1, false, 10, "[ERROR] Could not resolve dependencies for project demo\n", 0));

    assertThat(report.passed()).isFalse();
    assertThat(report.build()).isEqualTo(BuildState.FAILED);
    assertThat(report.problem()).contains("Could not resolve dependencies");
  }

  @Test
  void namedTestsReplaceThePairingAndOfflineIsPassedOn() {
    TestReport report =
        new TestRunner(new TestRunnerSetup(TestFramework.MAVEN, List.of("mvn"), "pom.xml"))
            .run(
                context(request -> pass(), key -> key.equals(TestRunner.OFFLINE_KEY)),
                new TestRequest(
                    TestScope.CHANGED, List.of("OtherTest"), Set.of(), Duration.ofSeconds(5)));

    assertThat(commands.getFirst()).contains("-o", "-Dtest=OtherTest");
    assertThat(report.selected()).containsExactly("OtherTest");
  }

  @Test
  void nothingChangedRunsTheWholeSuite() {
    run(TestScope.CHANGED, Set.of(), request -> pass());

    assertThat(commands).containsExactly(List.of("mvn", "-B", "-fae", "test"));
  }

  private CommandOutcome pass() {
    write("target/surefire-reports/TEST-demo.CalculatorTest.xml", PASSING);
    return new CommandOutcome(0, false, 10, "[INFO] BUILD SUCCESS\n", 0);
  }

  private TestReport run(
      TestScope scope, Set<String> changed, Function<CommandRequest, CommandOutcome> maven) {
    return new TestRunner(new TestRunnerSetup(TestFramework.MAVEN, List.of("mvn"), "pom.xml"))
        .run(
            context(maven, key -> false),
            new TestRequest(scope, List.of(), changed, Duration.ofSeconds(5)));
  }

  private EngineContext context(
      Function<CommandRequest, CommandOutcome> maven, java.util.function.Predicate<String> flags) {
    CommandRunner runner =
        request -> {
          commands.add(request.command());
          assertThat(request.directory()).isEqualTo(root.toAbsolutePath().normalize());
          assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(5));
          return maven.apply(request);
        };
    Settings settings =
        key -> flags.test(key) ? java.util.Optional.of(true) : java.util.Optional.empty();
    return new EngineContext(root, settings, Reporter.SILENT, Cancellation.create(), runner);
  }

  private void write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
