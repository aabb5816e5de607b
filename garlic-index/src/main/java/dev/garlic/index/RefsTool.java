package dev.garlic.index;

import dev.garlic.protocol.code.References;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import org.jspecify.annotations.Nullable;

/** The {@code refs} tool: finds the uses of a symbol. */
@ToolInfo(
    name = "refs",
    description =
        "Find the uses of a symbol (a simple or qualified name): calls, type uses, overrides and"
            + " implementations. Uses the index could not tie to the symbol for sure are listed"
            + " apart as possible.")
final class RefsTool extends RecordTool<RefsTool.Params> {

  record Params(
      @Param(description = "The symbol, simple or qualified", example = "StringUtils#isBlank")
          String symbol,
      @Param(description = "Most uses to return (default 100)", required = false)
          @Nullable Integer limit) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    try (CodeIndex index = CodeIndex.open(context)) {
      index.update();
      IndexSnapshot snapshot = index.snapshot();
      References refs = snapshot.references(p.symbol(), ToolTexts.limit(p.limit(), 100));
      return new ToolResult(refs, ToolTexts.references(refs, new SourceLines(snapshot)));
    }
  }
}
