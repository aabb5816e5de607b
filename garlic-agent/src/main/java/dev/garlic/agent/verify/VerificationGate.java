package dev.garlic.agent.verify;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The check a deep-mode task passes before it may declare itself done: build the project and run
 * the tests that pair with the changed files (and the whole suite when {@code verify.gate_scope =
 * "all"}), through the context's command runner. When the model already ran {@code run_tests} after
 * its last change and that passed, its report is accepted instead of running again. Failures to
 * start the build tool become "not verified" reasons, not exceptions. Thread-safe.
 */
public final class VerificationGate {

  /** Setting: {@code changed} (default) or {@code all}. */
  public static final String SCOPE_KEY = "verify.gate_scope";

  /**
   * Verifies the changes by running the build and tests.
   *
   * @param changedFiles the files the task changed, relative to the root or absolute inside it
   * @throws GarlicException (interrupted) when the context's cancellation fires
   */
  public Verification verify(EngineContext context, Set<Path> changedFiles) {
    return verify(context, changedFiles, (TestReport) null);
  }

  /**
   * Like {@link #verify(EngineContext, Set)}, but accepts the model's own run from {@code log} if
   * it finished after {@code lastChange} and passed.
   */
  public Verification verify(
      EngineContext context, Set<Path> changedFiles, TestReportLog log, Instant lastChange) {
    TestReport last =
        log.latest(context.root())
            .filter(e -> e.at().isAfter(lastChange))
            .map(TestReportLog.Entry::report)
            .orElse(null);
    return verify(context, changedFiles, last);
  }

  /**
   * Like {@link #verify(EngineContext, Set)}, but accepts {@code lastReport} instead of running
   * again when it passed, ran tests (or built) and its scope is at least the gate's.
   *
   * @param lastReport the model's latest {@code run_tests} report after its last change, or null
   */
  public Verification verify(
      EngineContext context, Set<Path> changedFiles, @Nullable TestReport lastReport) {
    if (changedFiles.isEmpty()) {
      return Verification.notRun(List.of("no files changed, so there was nothing to verify"));
    }
    TestScope scope = scope(context);
    if (lastReport != null
        && lastReport.passed()
        && lastReport.testsRun() > 0
        && (scope == TestScope.CHANGED || lastReport.scope() == TestScope.ALL)) {
      return Verification.of(lastReport, true);
    }
    var runner = TestRunner.detect(context.root());
    if (runner.isEmpty()) {
      return Verification.notRun(
          List.of(
              "no build tool or test runner found (no pom.xml, build.gradle, package.json test"
                  + " script, go.mod or pytest configuration)"));
    }
    TestRequest request =
        new TestRequest(
            scope,
            List.of(),
            relative(context.root(), changedFiles),
            RunTestsTool.timeout(null, context));
    try {
      return Verification.of(runner.get().run(context, request), false);
    } catch (GarlicException e) {
      if (e.error().code() == ErrorCode.INTERRUPTED) {
        throw e;
      }
      return Verification.notRun(List.of("could not run the tests: " + e.getMessage()));
    }
  }

  private static TestScope scope(EngineContext context) {
    String value = context.settings().string(SCOPE_KEY, "changed").toLowerCase(Locale.ROOT);
    return switch (value) {
      case "changed" -> TestScope.CHANGED;
      case "all" -> TestScope.ALL;
      default ->
          throw GarlicException.config(
              SCOPE_KEY + " is \"" + value + "\"; use \"changed\" or \"all\"");
    };
  }

  private static Set<String> relative(Path root, Set<Path> files) {
    Set<String> relative = new LinkedHashSet<>();
    for (Path file : files) {
      Path normalized = file.normalize();
      Path inside = normalized.isAbsolute() ? root.relativize(normalized) : normalized;
      relative.add(inside.toString().replace('\\', '/'));
    }
    return relative;
  }
}
