package dev.garlic.testgen.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import dev.garlic.testgen.GenerationReport;
import dev.garlic.testgen.TestGeneration;
import dev.garlic.testgen.TestRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The {@code generate_tests} tool: the {@code garlic test} pipeline for one TARGET. */
@ToolInfo(
    name = "generate_tests",
    mutating = true,
    description =
        "Generate readable JUnit 5 tests for a class, package, source file or module of a Maven or"
            + " Gradle project, without a model: explores the public API in a separate JVM guided"
            + " by coverage, keeps only tests that compile and pass three times in fresh JVMs, and"
            + " writes `<Class>GarlicTest.java` (never over an existing file unless force). Reports"
            + " tests written and dropped (why), line/branch coverage before and after, suspected"
            + " bugs (behaviour contradicting the documented contract) and optionally the PIT"
            + " mutation score.")
final class GenerateTestsTool extends RecordTool<GenerateTestsTool.Params> {

  /** The most a caller may give one class. */
  static final int MAX_BUDGET_SECONDS = 3600;

  private final TestGeneration generation;

  GenerateTestsTool() {
    this(new TestGeneration());
  }

  GenerateTestsTool(TestGeneration generation) {
    this.generation = generation;
  }

  record Params(
      @Param(
              description =
                  "A class (com.acme.Money), a package, a source file or a module directory",
              example = "com.acme.Money")
          String target,
      @Param(description = "Exploration seconds per class (default 60)", required = false)
          @Nullable Integer budgetSeconds,
      @Param(
              description =
                  "Test source root to write into, mirroring packages (default: the module's)",
              required = false)
          @Nullable String out,
      @Param(description = "Generate and verify but write nothing", required = false)
          @Nullable Boolean dryRun,
      @Param(description = "Also run PIT and report the mutation score", required = false)
          @Nullable Boolean mutation,
      @Param(description = "Overwrite an existing `<Class>GarlicTest.java`", required = false)
          @Nullable Boolean force) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    if (p.target().isBlank()) {
      throw GarlicException.usage("generate_tests: 'target' must not be blank");
    }
    Duration budget = TestRequest.DEFAULT_BUDGET;
    if (p.budgetSeconds() != null) {
      if (p.budgetSeconds() < 1 || p.budgetSeconds() > MAX_BUDGET_SECONDS) {
        throw GarlicException.usage(
            "generate_tests: 'budgetSeconds' must be 1 to " + MAX_BUDGET_SECONDS);
      }
      budget = Duration.ofSeconds(p.budgetSeconds());
    }
    Path out = p.out() == null ? null : context.root().resolve(p.out()).normalize();
    var request =
        new TestRequest(
            p.target(),
            budget,
            out,
            Boolean.TRUE.equals(p.dryRun()),
            Boolean.TRUE.equals(p.mutation()),
            Boolean.TRUE.equals(p.force()));
    GenerationReport report =
        generation.generate(
            context.root(),
            request,
            context.commands(),
            context.reporter(),
            context.cancellation());
    return new ToolResult(report, ReportText.render(report));
  }
}
