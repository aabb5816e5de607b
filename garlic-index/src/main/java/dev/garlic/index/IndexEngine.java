package dev.garlic.index;

import dev.garlic.index.rank.ContextTool;
import dev.garlic.index.rank.LocateTool;
import dev.garlic.index.rank.MapTool;
import dev.garlic.index.store.IndexOptions;
import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.Engine;
import dev.garlic.spi.Tool;
import dev.garlic.workspace.Workspace;
import java.util.List;
import java.util.function.Supplier;

/**
 * The code-intelligence engine: the persistent index and the tools over it. Found through {@code
 * META-INF/services/dev.garlic.spi.Engine}. Stateless; every tool opens the workspace's index and
 * brings it up to date before answering, so results are never stale.
 */
public final class IndexEngine implements Engine {

  /** Every tool of this engine, in the order they are listed. A new tool is one more line. */
  private static final List<Supplier<Tool>> TOOLS =
      List.of(
          IndexTool::new,
          SearchTool::new,
          SymbolsTool::new,
          RefsTool::new,
          MapTool::new,
          LocateTool::new,
          ContextTool::new);

  @Override
  public String name() {
    return "index";
  }

  @Override
  public List<Tool> tools() {
    return TOOLS.stream().map(Supplier::get).toList();
  }

  @Override
  public List<ConfigKey> configKeys() {
    return List.of(
        new ConfigKey(
            IndexOptions.MAX_FILE_BYTES,
            ConfigKey.Type.INTEGER,
            Workspace.DEFAULT_MAX_FILE_BYTES,
            "files larger than this many bytes are left out of the index"),
        new ConfigKey(
            IndexOptions.EXCLUDE,
            ConfigKey.Type.STRING_LIST,
            List.of(),
            ".gitignore-style patterns left out of the index, e.g. [\"generated/\", \"*.min.js\"]"),
        new ConfigKey(
            IndexOptions.THREADS,
            ConfigKey.Type.INTEGER,
            null,
            "threads that parse files while indexing (default: one per processor)"),
        new ConfigKey(
            IndexOptions.LOCK_TIMEOUT_MS,
            ConfigKey.Type.INTEGER,
            IndexOptions.DEFAULT_LOCK_TIMEOUT_MS,
            "how long to wait for another process that is writing the index, in milliseconds"),
        new ConfigKey(
            TokenCounter.ENCODING_KEY,
            ConfigKey.Type.STRING,
            TokenCounter.DEFAULT_ENCODING,
            "the tokenizer budgets are measured with (o200k_base, cl100k_base, ...)"),
        new ConfigKey(
            MapTool.BUDGET_KEY,
            ConfigKey.Type.INTEGER,
            MapTool.DEFAULT_BUDGET,
            "token budget of the repository map when the call gives none"),
        new ConfigKey(
            ContextTool.BUDGET_KEY,
            ConfigKey.Type.INTEGER,
            ContextTool.DEFAULT_BUDGET,
            "token budget of a packed context when the call gives none"));
  }
}
