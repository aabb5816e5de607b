package dev.garlic.agent.verify;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the verification gate established before a task declared itself done: whether the project
 * built, which tests ran and failed, the commands, and what was not verified and why.
 *
 * @param built whether the build succeeded, failed or did not run
 * @param testsRun tests run
 * @param testsFailed tests that failed or errored
 * @param commands the command lines run (empty when a report of the model's own run was reused)
 * @param failures the failed tests
 * @param compileErrors the compile errors when the build failed
 * @param notVerified what was not verified, one reason each ("no build tool found")
 * @param problem why the run failed when that is not a test failure or compile error (a crash, a
 *     timeout, an unresolvable dependency), else null
 * @param reused true when the model's own passing {@code run_tests} after its last change was
 *     accepted instead of running again
 */
public record Verification(
    BuildState built,
    int testsRun,
    int testsFailed,
    List<String> commands,
    List<TestFailure> failures,
    List<CompileError> compileErrors,
    List<String> notVerified,
    @Nullable String problem,
    boolean reused) {

  public Verification {
    commands = List.copyOf(commands);
    failures = List.copyOf(failures);
    compileErrors = List.copyOf(compileErrors);
    notVerified = List.copyOf(notVerified);
  }

  /** Nothing was run, for the reasons given. */
  public static Verification notRun(List<String> reasons) {
    return new Verification(
        BuildState.NOT_RUN, 0, 0, List.of(), List.of(), List.of(), reasons, null, false);
  }

  /** The verification a test report amounts to. */
  public static Verification of(TestReport report, boolean reused) {
    String problem = report.problem();
    if (report.timedOut()) {
      problem = "a test command timed out and was killed";
    }
    List<String> notVerified = new ArrayList<>(report.notes());
    if (report.testsRun() == 0 && report.build() != BuildState.FAILED) {
      notVerified.add("no tests ran");
    }
    return new Verification(
        report.build(),
        report.testsRun(),
        report.failed() + report.errors(),
        reused ? List.of() : report.commands(),
        report.failures(),
        report.compileErrors(),
        notVerified.stream().distinct().toList(),
        problem,
        reused);
  }

  /** True when nothing that ran failed: the build did not fail and no test failed. */
  public boolean passed() {
    return built != BuildState.FAILED && testsFailed == 0 && failures.isEmpty() && problem == null;
  }

  /** What was verified and what was not, in a few lines for the task's final report. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append("Verified: ");
    switch (built) {
      case BUILT -> s.append("the project built");
      case FAILED -> s.append("the build FAILED");
      case NOT_RUN -> s.append("no build ran");
    }
    if (testsRun > 0) {
      s.append("; ").append(testsRun).append(testsRun == 1 ? " test ran, " : " tests ran, ");
      s.append(testsFailed == 0 ? "all passed" : testsFailed + " failed");
    }
    if (reused) {
      s.append(" (the agent's own run_tests after its last change)");
    }
    s.append(".\n");
    commands.forEach(c -> s.append("  $ ").append(c).append('\n'));
    if (problem != null) {
      s.append("Problem: ")
          .append(problem.strip().lines().reduce((a, b) -> b).orElse(""))
          .append('\n');
    }
    if (!notVerified.isEmpty()) {
      s.append("Not verified:\n");
      notVerified.forEach(n -> s.append("  - ").append(n).append('\n'));
    }
    return s.toString();
  }

  /**
   * The failures as a message for the model, asking it to fix them before it finishes; empty when
   * the verification passed.
   */
  public String feedback() {
    if (passed()) {
      return "";
    }
    StringBuilder s =
        new StringBuilder("Verification failed; fix this before you finish, then answer again.\n");
    commands.forEach(c -> s.append("$ ").append(c).append('\n'));
    compileErrors.stream()
        .limit(TestReport.MAX_COMPILE_ERRORS_SHOWN)
        .forEach(e -> s.append("compile error: ").append(e.text()).append('\n'));
    failures.stream()
        .limit(TestReport.MAX_FAILURES_SHOWN)
        .forEach(
            f -> {
              s.append(f.error() ? "ERROR " : "FAIL ").append(f.name());
              if (f.location() != null) {
                s.append(" at ").append(f.location());
              }
              s.append("\n  ").append(f.message().strip()).append('\n');
            });
    if (problem != null) {
      s.append(problem.strip()).append('\n');
    }
    return s.toString();
  }
}
