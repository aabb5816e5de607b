package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** pytest, go and npm results read from console output captured from those runners. */
class ConsoleOutputTest {

  @Test
  void pytestSummaryAndShortFailureLines() {
    String output =
        """
        ..F.s                                                                    [100%]
        =================================== FAILURES ===================================
        __________________________________ test_add ___________________________________
            def test_add():
        >       assert add(2, 3) == 5
        E       assert -1 == 5
        tests/test_calc.py:4: AssertionError
        =========================== short test summary info ============================
        FAILED tests/test_calc.py::test_add - assert -1 == 5
        ERROR tests/test_db.py::test_connect - ConnectionError: refused
        ============== 1 failed, 3 passed, 1 skipped, 1 error in 0.12s ===============
        """;

    ParsedResults results = PytestOutput.parse(output);

    assertThat(results.run()).isEqualTo(6);
    assertThat(results.failed()).isEqualTo(1);
    assertThat(results.errors()).isEqualTo(1);
    assertThat(results.skipped()).isEqualTo(1);
    assertThat(results.failures())
        .containsExactly(
            new TestFailure(
                "tests/test_calc.py",
                "test_add",
                false,
                "assert -1 == 5",
                List.of(),
                "tests/test_calc.py"),
            new TestFailure(
                "tests/test_db.py",
                "test_connect",
                true,
                "ConnectionError: refused",
                List.of(),
                "tests/test_db.py"));
  }

  @Test
  void pytestAllPassing() {
    ParsedResults results =
        PytestOutput.parse("....\n4 passed in 0.03s\n=== 4 passed in 0.03s ===\n");

    assertThat(results.run()).isEqualTo(4);
    assertThat(results.failures()).isEmpty();
  }

  @Test
  void goVerboseOutputWithASubtestFailure() {
    String output =
        """
        === RUN   TestAdd
            calc_test.go:12: Add(2, 3) = -1, want 5
        --- FAIL: TestAdd (0.00s)
        === RUN   TestTable
        === RUN   TestTable/negative
            calc_test.go:30: got 3, want -3
        --- FAIL: TestTable (0.00s)
            --- FAIL: TestTable/negative (0.00s)
        === RUN   TestMul
        --- PASS: TestMul (0.00s)
        === RUN   TestSlow
            calc_test.go:40: skipping in short mode
        --- SKIP: TestSlow (0.00s)
        FAIL
        FAIL\texample.com/calc\t0.004s
        ok  \texample.com/calc/util\t0.002s
        """;

    ParsedResults results = GoTestOutput.parse(output);

    assertThat(results.run()).isEqualTo(5);
    assertThat(results.failed()).isEqualTo(3);
    assertThat(results.skipped()).isEqualTo(1);
    assertThat(results.failures())
        .extracting(TestFailure::testClass, TestFailure::method, TestFailure::location)
        .containsExactly(
            tuple("example.com/calc", "TestAdd", "calc_test.go:12"),
            tuple("example.com/calc", "TestTable/negative", "calc_test.go:30"));
    assertThat(results.failures().getFirst().message()).isEqualTo("Add(2, 3) = -1, want 5");
  }

  @Test
  void jestSummaryAndFailureHeadings() {
    String output =
        """
         FAIL  src/calc.test.js
          ● calc › adds two numbers

            expect(received).toBe(expected) // Object.is equality

         PASS  src/util.test.js

        Test Suites: 1 failed, 1 passed, 2 total
        Tests:       1 failed, 1 skipped, 3 passed, 5 total
        """;

    ParsedResults results = NpmOutput.parse(output);

    assertThat(results.run()).isEqualTo(5);
    assertThat(results.failed()).isEqualTo(1);
    assertThat(results.skipped()).isEqualTo(1);
    assertThat(results.failures())
        .extracting(TestFailure::method)
        .containsExactly("calc > adds two numbers");
  }

  @Test
  void vitestSummaryAndFailureLines() {
    String output =
        """
         ❯ src/calc.test.ts (2 tests | 1 failed) 5ms
           × calc > adds 3ms
         FAIL  src/calc.test.ts > calc > adds
        AssertionError: expected -1 to be 5

         Test Files  1 failed (1)
              Tests  1 failed | 1 passed (2)
        """;

    ParsedResults results = NpmOutput.parse(output);

    assertThat(results.run()).isEqualTo(2);
    assertThat(results.failed()).isEqualTo(1);
    assertThat(results.failures())
        .extracting(TestFailure::testClass, TestFailure::method)
        .containsExactly(tuple("src/calc.test.ts", "calc > adds"));
  }

  @Test
  void mochaAndNodeTestCounts() {
    String mocha =
        """
          calc
            ✔ multiplies
            1) adds

          1 passing (6ms)
          1 failing
          1 pending

          1) calc
               adds:
             AssertionError [ERR_ASSERTION]: -1 == 5
        """;
    ParsedResults m = NpmOutput.parse(mocha);
    assertThat(m.run()).isEqualTo(3);
    assertThat(m.failed()).isEqualTo(1);
    assertThat(m.failures()).extracting(TestFailure::method).containsExactly("calc");

    String node =
        """
        ✖ adds (1.1ms)
        ℹ tests 4
        ℹ suites 0
        ℹ pass 3
        ℹ fail 1
        ℹ cancelled 0
        ℹ skipped 0
        ℹ todo 0
        ℹ duration_ms 40.5
        """;
    ParsedResults n = NpmOutput.parse(node);
    assertThat(n.run()).isEqualTo(4);
    assertThat(n.failed()).isEqualTo(1);
  }

  @Test
  void unknownRunnerYieldsNoCounts() {
    assertThat(NpmOutput.parse("all good\n").isEmpty()).isTrue();
  }
}
