package dev.garlic.testgen.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.testgen.fixture.FixtureProject;
import dev.garlic.testgen.fixture.ProcessCommandRunner;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs PIT for real: a few seconds per test, each forking PIT's own minion JVMs. */
@Tag("slow")
class MutationTesterTest {

  @TempDir static Path dir;

  private static TargetProject project;

  @BeforeAll
  static void compileFixture() {
    project =
        FixtureProject.compile(
            TestWorkspace.in(dir.resolve("project"))
                .file(
                    "src/main/java/demo/Calc.java",
                    """
                    package demo;

                    public final class Calc {
                      private Calc() {}

                      public static int add(int a, int b) {
                        return a + b;
                      }

                      public static boolean isPositive(int x) {
                        return x > 0;
                      }
                    }
                    """)
                .file(
                    "src/test/java/demo/WeakTest.java",
                    """
                    package demo;

                    import static org.junit.jupiter.api.Assertions.assertEquals;

                    import org.junit.jupiter.api.Test;

                    class WeakTest {
                      @Test
                      void addsZeros() {
                        assertEquals(0, Calc.add(0, 0));
                      }
                    }
                    """)
                .file(
                    "src/test/java/demo/StrongTest.java",
                    """
                    package demo;

                    import static org.junit.jupiter.api.Assertions.assertEquals;
                    import static org.junit.jupiter.api.Assertions.assertFalse;
                    import static org.junit.jupiter.api.Assertions.assertTrue;

                    import org.junit.jupiter.api.Test;

                    class StrongTest {
                      @Test
                      void addsTwoNumbers() {
                        assertEquals(5, Calc.add(2, 3));
                      }

                      @Test
                      void onlyNumbersAboveZeroArePositive() {
                        assertFalse(Calc.isPositive(-1));
                        assertFalse(Calc.isPositive(0));
                        assertTrue(Calc.isPositive(1));
                      }
                    }
                    """)
                .file(
                    "src/test/java/demo/BrokenTest.java",
                    """
                    package demo;

                    import static org.junit.jupiter.api.Assertions.assertEquals;

                    import org.junit.jupiter.api.Test;

                    class BrokenTest {
                      @Test
                      void addsWrongly() {
                        assertEquals(1, Calc.add(1, 1));
                      }
                    }
                    """));
  }

  private final MutationTester tester =
      new MutationTester(dir.resolve("work"), Duration.ofMinutes(3), 1);

  @Test
  void findsSurvivorsOfAWeakTest() {
    MutationReport report = run("demo.WeakTest");

    assertThat(report.survived() + report.noCoverage()).isPositive();
    assertThat(report.score()).isLessThan(1.0);
    assertThat(report.survivors())
        .anySatisfy(m -> assertThat(m.method()).isEqualTo("add"))
        .anySatisfy(m -> assertThat(m.method()).isEqualTo("isPositive"));
    assertThat(report.total())
        .isEqualTo(
            report.killed()
                + report.survived()
                + report.noCoverage()
                + report.timedOut()
                + report.other());
  }

  @Test
  void killsEveryMutantWithAStrongTest() {
    MutationReport report = run("demo.StrongTest");

    assertThat(report.total()).isPositive();
    assertThat(report.survivors()).isEmpty();
    assertThat(report.score()).isEqualTo(1.0);
  }

  @Test
  void reportsATestThatFailsWithoutMutation() {
    assertThatThrownBy(() -> run("demo.BrokenTest"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("mutation testing failed");
  }

  private MutationReport run(String testClass) {
    return tester.run(
        project,
        List.of("demo.Calc"),
        List.of(testClass),
        List.of(),
        new ProcessCommandRunner(),
        Cancellation.create());
  }
}
