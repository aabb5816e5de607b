package dev.garlic.testgen.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.testgen.fixture.FixtureProject;
import dev.garlic.testgen.fixture.ProcessCommandRunner;
import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Call;
import dev.garlic.testgen.model.Coverage;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Step;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.model.Value;
import dev.garlic.testgen.run.TestVerifier;
import dev.garlic.testgen.run.VerifiedSuite;
import dev.garlic.testgen.write.JUnitWriter;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageMeterTest {

  @TempDir static Path dir;

  private static TargetProject project;

  @BeforeAll
  static void compileFixture() {
    project =
        FixtureProject.compile(
            TestWorkspace.in(dir.resolve("project"))
                .file(
                    "src/main/java/demo/Grade.java",
                    """
                    package demo;

                    public final class Grade {
                      private Grade() {}

                      public static String of(int score) {
                        if (score >= 90) {
                          return "A";
                        }
                        if (score >= 50) {
                          return "pass";
                        }
                        return "fail";
                      }
                    }
                    """)
                .file(
                    "src/test/java/demo/GradeTest.java",
                    """
                    package demo;

                    import static org.junit.jupiter.api.Assertions.assertEquals;

                    import org.junit.jupiter.api.Test;

                    class GradeTest {
                      @Test
                      void topScoreIsAnA() {
                        assertEquals("A", Grade.of(95));
                      }

                      @Test
                      void lowScoreFails() {
                        assertEquals("fail", Grade.of(10));
                      }
                    }
                    """));
  }

  private final CoverageMeter meter =
      new CoverageMeter(dir.resolve("work"), Duration.ofSeconds(60));

  @Test
  void measuresExactLinesAndBranchesOfTheTestsThatRan() {
    List<Coverage> coverage =
        meter.measure(
            project,
            List.of("demo.Grade"),
            project.testClasses(),
            new ProcessCommandRunner(),
            Cancellation.create());

    // lines with code: 7, 8, 10, 11, 13 (JaCoCo leaves out a private empty constructor);
    // branches: two per if, the second never true
    assertThat(coverage).containsExactly(new Coverage("demo.Grade", 4, 5, 3, 4, List.of(11)));
  }

  @Test
  void countsEverythingMissedWhenThereAreNoTests() {
    List<Coverage> coverage =
        meter.measure(
            project,
            List.of("demo.Grade"),
            List.of(),
            new ProcessCommandRunner(),
            Cancellation.create());

    assertThat(coverage)
        .containsExactly(new Coverage("demo.Grade", 0, 5, 0, 4, List.of(7, 8, 10, 11, 13)));
  }

  @Test
  void measuresAVerifiedGeneratedSuiteTogetherWithTheExistingTests() {
    TestCase passing =
        new TestCase(
            "demo.Grade",
            List.of(),
            new Step(
                "result",
                new Call(
                    Call.Kind.STATIC,
                    "demo.Grade",
                    "of",
                    List.of("int"),
                    null,
                    List.of(Value.literal("60", "int", null)),
                    "String")),
            new Outcome.Returns(
                List.of(new Assertion.Equals("result", Value.literal("\"pass\"", "String", null)))),
            "vector",
            "passes a middle score");
    JUnitWriter writer = new JUnitWriter();
    VerifiedSuite suite =
        new TestVerifier(dir.resolve("verify"))
            .verify(
                project,
                writer.render("demo.Grade", List.of(passing), "GradeGarlicTest"),
                new ProcessCommandRunner(),
                Cancellation.create());
    List<Path> tests = new ArrayList<>(project.testClasses());
    tests.add(suite.classes());

    List<Coverage> coverage =
        meter.measure(
            project,
            List.of("demo.Grade"),
            tests,
            new ProcessCommandRunner(),
            Cancellation.create());

    assertThat(coverage).containsExactly(new Coverage("demo.Grade", 5, 5, 4, 4, List.of()));
  }

  @Test
  void namesAMissingClassFile() {
    assertThatThrownBy(
            () ->
                meter.measure(
                    project,
                    List.of("demo.Missing"),
                    List.of(),
                    new ProcessCommandRunner(),
                    Cancellation.create()))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("no class file for demo.Missing");
  }
}
