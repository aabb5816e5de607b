package dev.garlic.index;

import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolMatches;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import org.jspecify.annotations.Nullable;

/** The {@code symbols} tool: finds definitions by name. */
@ToolInfo(
    name = "symbols",
    description =
        "Find definitions by name: exact, any case, prefix, camel humps (SU finds StringUtils),"
            + " then fuzzy. Qualified names (StringUtils.indexOf, Foo#bar, com.acme.Foo) match"
            + " qualified definitions.")
final class SymbolsTool extends RecordTool<SymbolsTool.Params> {

  record Params(
      @Param(description = "A name, a part of one, or a qualified name", example = "isBlank")
          String name,
      @Param(description = "Only this kind (class, method, field, ...)", required = false)
          @Nullable String kind,
      @Param(description = "Most definitions to return (default 20)", required = false)
          @Nullable Integer limit) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    SymbolKind kind = p.kind() == null ? null : SearchQuery.symbolKind(p.kind());
    try (CodeIndex index = CodeIndex.open(context)) {
      index.update();
      SymbolMatches matches =
          new SymbolMatches(
              p.name(), index.snapshot().symbols(p.name(), kind, ToolTexts.limit(p.limit(), 20)));
      return new ToolResult(matches, ToolTexts.symbols(matches));
    }
  }
}
