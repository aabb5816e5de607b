package dev.garlic.testgen.tools;

import dev.garlic.spi.Engine;
import dev.garlic.spi.Tool;
import java.util.List;
import java.util.function.Supplier;

/**
 * The test-generation engine: its tools, found through {@code
 * META-INF/services/dev.garlic.spi.Engine}. Stateless.
 */
public final class TestgenEngine implements Engine {

  private static final List<Supplier<Tool>> TOOLS =
      List.of(GenerateTestsTool::new, CoverageReportTool::new);

  @Override
  public String name() {
    return "testgen";
  }

  @Override
  public List<Tool> tools() {
    return TOOLS.stream().map(Supplier::get).toList();
  }
}
