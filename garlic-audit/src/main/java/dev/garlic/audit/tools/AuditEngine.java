package dev.garlic.audit.tools;

import dev.garlic.spi.Engine;
import dev.garlic.spi.Tool;
import java.util.List;
import java.util.function.Supplier;

/**
 * The security-audit engine: its tools, found through {@code
 * META-INF/services/dev.garlic.spi.Engine}. Stateless; each call discovers the {@link
 * dev.garlic.audit.Check}s on the class path and analyses the workspace afresh.
 */
public final class AuditEngine implements Engine {

  private static final List<Supplier<Tool>> TOOLS =
      List.of(AuditTool::new, AuditFileTool::new, AuditDiffTool::new, AuditReportTool::new);

  @Override
  public String name() {
    return "audit";
  }

  @Override
  public List<Tool> tools() {
    return TOOLS.stream().map(Supplier::get).toList();
  }
}
