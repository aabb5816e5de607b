package dev.garlic.testgen.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import dev.garlic.testgen.CoverageReport;
import dev.garlic.testgen.TestGeneration;

/** The {@code coverage_report} tool: JaCoCo coverage of a TARGET by the project's own tests. */
@ToolInfo(
    name = "coverage_report",
    description =
        "Line and branch coverage (JaCoCo) of a class, package, source file or module of a Maven"
            + " or Gradle project by its existing JUnit 5 tests, with the missed line numbers;"
            + " builds the project first. Use it to see what a change left untested.")
final class CoverageReportTool extends RecordTool<CoverageReportTool.Params> {

  private final TestGeneration generation;

  CoverageReportTool() {
    this(new TestGeneration());
  }

  CoverageReportTool(TestGeneration generation) {
    this.generation = generation;
  }

  record Params(
      @Param(
              description =
                  "A class (com.acme.Money), a package, a source file or a module directory",
              example = "com.acme.Money")
          String target) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    if (p.target().isBlank()) {
      throw GarlicException.usage("coverage_report: 'target' must not be blank");
    }
    CoverageReport report =
        generation.coverage(
            context.root(),
            p.target(),
            context.commands(),
            context.reporter(),
            context.cancellation());
    return new ToolResult(report, ReportText.render(report));
  }
}
