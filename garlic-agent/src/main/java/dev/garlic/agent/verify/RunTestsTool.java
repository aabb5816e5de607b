package dev.garlic.agent.verify;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code run_tests} tool: detects the project's test runner, runs the narrowest relevant tests
 * through the context's command runner and returns a {@link TestReport}. Mutating: tests run the
 * project's own code and write build output. Every report is logged in the engine's {@link
 * TestReportLog}.
 */
@ToolInfo(
    name = "run_tests",
    description =
        "Build the project and run its tests (Maven, Gradle, npm, pytest or go, detected from the"
            + " root). By default runs only the tests that pair with the files changed since HEAD"
            + " (FooTest for Foo), or just the build when none pair, or everything when nothing"
            + " changed; scope \"all\" then runs the whole suite. Returns the counts and each"
            + " failure with its location and message, or the compile errors.",
    mutating = true)
final class RunTestsTool extends RecordTool<RunTestsTool.Params> {

  static final String TIMEOUT_KEY = "verify.timeout_seconds";
  static final String MAX_TIMEOUT_KEY = "verify.max_timeout_seconds";
  static final long DEFAULT_TIMEOUT = 900;
  static final long DEFAULT_MAX_TIMEOUT = 3600;

  record Params(
      @Param(
              description =
                  "changed (default): the tests that pair with the changes; all: then every test",
              required = false)
          @Nullable TestScope scope,
      @Param(
              description =
                  "Tests to run instead: class names (FooTest), test files (tests/test_x.py) or go"
                      + " test names",
              example = "[\"CalculatorTest\"]",
              required = false)
          @Nullable List<String> tests,
      @Param(
              description =
                  "Changed files to pair tests with, relative to the root, instead of asking git",
              required = false)
          @Nullable List<String> paths,
      @Param(description = "Seconds each command may run (default 900)", required = false)
          @Nullable Integer timeout) {}

  private final TestReportLog log;

  RunTestsTool(TestReportLog log) {
    this.log = log;
  }

  @Override
  public ToolResult run(Params p, EngineContext context) {
    TestRunner runner =
        TestRunner.detect(context.root())
            .orElseThrow(
                () ->
                    GarlicException.input(
                        "run_tests: no test runner found in the workspace root (no pom.xml,"
                            + " build.gradle, package.json with a test script, go.mod, pytest"
                            + " config or tests directory); run the tests with shell instead"));
    Set<String> paths = p.paths() == null ? null : new LinkedHashSet<>(p.paths());
    TestRequest request =
        new TestRequest(
            p.scope() == null ? TestScope.CHANGED : p.scope(),
            p.tests() == null ? List.of() : p.tests(),
            paths,
            timeout(p.timeout(), context));
    TestReport report = runner.run(context, request);
    log.record(context.root(), report);
    return new ToolResult(report, report.text());
  }

  static Duration timeout(@Nullable Integer requested, EngineContext context) {
    long max = context.settings().integer(MAX_TIMEOUT_KEY, DEFAULT_MAX_TIMEOUT);
    long seconds =
        requested == null
            ? Math.min(max, context.settings().integer(TIMEOUT_KEY, DEFAULT_TIMEOUT))
            : requested;
    if (seconds < 1 || seconds > max) {
      throw GarlicException.usage(
          "run_tests: timeout must be 1 to " + max + " (" + MAX_TIMEOUT_KEY + "), not " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }
}
