package dev.garlic.agent.verify;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What one {@code run_tests} call ran and found: the commands, whether the build succeeded, the
 * counts, each failure with its location, compile errors, and notes on what was not covered.
 *
 * @param framework the test runner used
 * @param scope the scope asked for
 * @param commands the command lines run, in order
 * @param build whether the code compiled ({@link BuildState#NOT_RUN} for runners without a build)
 * @param testsRun tests run (a lower bound when the runner's output was cut)
 * @param failed tests that failed an assertion
 * @param errors tests that threw an unexpected exception
 * @param skipped tests skipped
 * @param failures the failed and errored tests
 * @param compileErrors the compiler's errors
 * @param selected the tests (or test files, packages) run first because they pair with the changes
 *     or were named; empty when the whole suite ran at once
 * @param notes what was not verified or should be known, one sentence each
 * @param problem the tail of the output when the run failed for a reason not parsed into failures
 *     or compile errors (a dependency that cannot be resolved, a crash), else null
 * @param timedOut whether a command ran out of time and was killed
 * @param millis how long the commands ran in total
 */
public record TestReport(
    TestFramework framework,
    TestScope scope,
    List<String> commands,
    BuildState build,
    int testsRun,
    int failed,
    int errors,
    int skipped,
    List<TestFailure> failures,
    List<CompileError> compileErrors,
    List<String> selected,
    List<String> notes,
    @Nullable String problem,
    boolean timedOut,
    long millis) {

  static final int MAX_FAILURES_SHOWN = 20;
  static final int MAX_COMPILE_ERRORS_SHOWN = 30;
  static final int MAX_MESSAGE_CHARS = 600;

  public TestReport {
    commands = List.copyOf(commands);
    failures = List.copyOf(failures);
    compileErrors = List.copyOf(compileErrors);
    selected = List.copyOf(selected);
    notes = List.copyOf(notes);
  }

  /** True when the build did not fail, nothing failed or errored, and nothing went wrong. */
  public boolean passed() {
    return build != BuildState.FAILED
        && !timedOut
        && failed == 0
        && errors == 0
        && failures.isEmpty()
        && problem == null;
  }

  /** The report as compact text for a model: the verdict and counts, then each problem, capped. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append("run_tests (")
        .append(framework.label())
        .append("): ")
        .append(passed() ? "PASSED" : "FAILED")
        .append(" - ")
        .append(counts())
        .append(String.format(Locale.ROOT, " in %.1f s", millis / 1000.0))
        .append('\n');
    commands.forEach(c -> s.append("$ ").append(c).append('\n'));
    if (timedOut) {
      s.append("timed out: the run was killed; pass a larger timeout or narrower tests\n");
    }
    if (build == BuildState.FAILED && !compileErrors.isEmpty()) {
      s.append("build failed with ").append(compileErrors.size()).append(" compile error(s):\n");
      compileErrors.stream()
          .limit(MAX_COMPILE_ERRORS_SHOWN)
          .forEach(e -> s.append("  ").append(cap(e.text())).append('\n'));
      more(s, compileErrors.size(), MAX_COMPILE_ERRORS_SHOWN, "compile errors");
    }
    failures.stream().limit(MAX_FAILURES_SHOWN).forEach(f -> failure(s, f));
    more(s, failures.size(), MAX_FAILURES_SHOWN, "failures");
    if (problem != null) {
      s.append("output:\n").append(problem.strip()).append('\n');
    }
    notes.forEach(n -> s.append("note: ").append(n).append('\n'));
    return s.toString();
  }

  /** {@code 12 tests, 1 failed, 0 errors, 2 skipped}, or that none ran. */
  public String counts() {
    if (testsRun == 0 && failures.isEmpty()) {
      return build == BuildState.FAILED
          ? "build failed, no tests ran"
          : build == BuildState.BUILT ? "built, no tests ran" : "no tests ran";
    }
    return testsRun
        + (testsRun == 1 ? " test, " : " tests, ")
        + failed
        + " failed, "
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + skipped
        + " skipped";
  }

  private static void failure(StringBuilder s, TestFailure f) {
    s.append(f.error() ? "ERROR " : "FAIL ").append(f.name());
    if (f.location() != null) {
      s.append(" at ").append(f.location());
    }
    s.append('\n');
    if (!f.message().isBlank()) {
      s.append("  ").append(cap(f.message())).append('\n');
    }
    f.frames().forEach(frame -> s.append("  at ").append(frame).append('\n'));
  }

  private static void more(StringBuilder s, int size, int shown, String what) {
    if (size > shown) {
      s.append("  ... and ").append(size - shown).append(" more ").append(what).append('\n');
    }
  }

  private static String cap(String text) {
    String oneLine = text.strip();
    return oneLine.length() <= MAX_MESSAGE_CHARS
        ? oneLine
        : oneLine.substring(0, MAX_MESSAGE_CHARS) + "…";
  }
}
