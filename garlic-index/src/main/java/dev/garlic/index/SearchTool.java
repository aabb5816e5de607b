package dev.garlic.index;

import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import org.jspecify.annotations.Nullable;

/** The {@code search} tool: ranked full-text search over code and definitions. */
@ToolInfo(
    name = "search",
    description =
        "Search the code: words (all should match) and \"quoted phrases\", with identifiers"
            + " matched across spellings (indexOf, index of, index_of). Definitions rank first."
            + " Returns files with their best matching lines.")
final class SearchTool extends RecordTool<SearchTool.Params> {

  record Params(
      @Param(description = "Words and \"quoted phrases\" to find", example = "parse date format")
          String query,
      @Param(description = "Only files of this language id", example = "java", required = false)
          @Nullable String language,
      @Param(
              description = "Only paths matching this glob",
              example = "src/main/**",
              required = false)
          @Nullable String path,
      @Param(
              description = "text for text only, or a definition kind (class, method, ...)",
              example = "method",
              required = false)
          @Nullable String kind,
      @Param(description = "Most hits to return (default 20)", required = false)
          @Nullable Integer limit) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    SearchQuery query =
        new SearchQuery(
            p.query(), p.language(), p.path(), p.kind(), ToolTexts.limit(p.limit(), 20));
    try (CodeIndex index = CodeIndex.open(context)) {
      index.update();
      SearchResult result = index.snapshot().search(query);
      return new ToolResult(result, ToolTexts.search(result));
    }
  }
}
