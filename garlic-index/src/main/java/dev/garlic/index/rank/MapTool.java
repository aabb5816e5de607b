package dev.garlic.index.rank;

import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.protocol.code.RepoMap;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code map} tool: a compact map of the repository's most important definitions, ranked over
 * the reference graph and cut to a token budget. Brings the index up to date first.
 */
@ToolInfo(
    name = "map",
    description =
        "Show a compact map of the repository: its most important files and the signatures of"
            + " their most used definitions, with line numbers, cut to a token budget. Give focus"
            + " files or symbols to centre the map on what you work on.")
public final class MapTool extends RecordTool<MapTool.Params> {

  /** The setting with the default budget. */
  public static final String BUDGET_KEY = "map.budget";

  /** The budget when neither the call nor the settings give one. */
  public static final int DEFAULT_BUDGET = 4000;

  /**
   * The tool's arguments.
   *
   * @param budget the token budget, at least {@value RepoMapBuilder#MIN_BUDGET}; null for the
   *     {@value #BUDGET_KEY} setting
   * @param focus files or symbols to centre the map on; null or empty for none
   */
  public record Params(
      @Param(description = "Token budget (default: setting map.budget, 4000)", required = false)
          @Nullable Integer budget,
      @Param(
              description = "Files or symbols to centre the map on",
              example = "src/main/java/com/acme/Cart.java",
              required = false)
          @Nullable List<String> focus) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    int budget =
        p.budget() != null
            ? p.budget()
            : (int) context.settings().integer(BUDGET_KEY, DEFAULT_BUDGET);
    List<String> focus = p.focus() == null ? List.of() : p.focus();
    RepoMapBuilder builder = new RepoMapBuilder(TokenCounter.fromSettings(context.settings()));
    RepoMap map = IndexCorpus.updated(context, corpus -> builder.build(corpus, budget, focus));
    return new ToolResult(map, map.text());
  }
}
