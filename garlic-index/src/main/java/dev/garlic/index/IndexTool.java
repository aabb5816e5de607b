package dev.garlic.index;

import dev.garlic.protocol.code.IndexReport;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import org.jspecify.annotations.Nullable;

/** The {@code index} tool: brings the code index up to date, or rebuilds it. */
@ToolInfo(
    name = "index",
    description =
        "Bring the code index (.garlic/index) up to date with the workspace: new and changed"
            + " files are parsed, deleted ones dropped. Other code tools do this by themselves;"
            + " use rebuild=true to start from scratch.")
final class IndexTool extends RecordTool<IndexTool.Params> {

  record Params(
      @Param(description = "Index every file from scratch", required = false)
          @Nullable Boolean rebuild) {}

  @Override
  public ToolResult run(Params params, EngineContext context) {
    try (CodeIndex index = CodeIndex.open(context)) {
      IndexReport report = Boolean.TRUE.equals(params.rebuild()) ? index.rebuild() : index.update();
      return new ToolResult(report, ToolTexts.index(report));
    }
  }
}
