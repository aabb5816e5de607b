package dev.garlic.cli;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolMatches;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.Engine;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An engine for CLI tests, registered in the test class path only. Its tools echo their arguments
 * and settings in fixed results so tests can see what the CLI passed.
 */
public final class FakeEngine implements Engine {

  static final String DEPTH = "fake.depth";

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public List<Tool> tools() {
    return List.of(new Search(), new Symbols(), new Locate(), new Index());
  }

  @Override
  public List<ConfigKey> configKeys() {
    return List.of(new ConfigKey(DEPTH, ConfigKey.Type.INTEGER, 3L, "How deep the fake digs."));
  }

  record SearchParams(
      @Param(description = "What to look for.") String query,
      @Nullable @Param(description = "Language filter.", required = false) String language,
      @Nullable @Param(description = "Path glob.", required = false) String path,
      @Nullable @Param(description = "Kind filter.", required = false) String kind,
      @Nullable @Param(description = "Max files.", required = false) Integer limit) {}

  /**
   * Two hits in two files; the query "boom" fails like a bug, "linkage" like a broken class path,
   * "missing" like bad input, "interrupt" like a cancelled run.
   */
  @ToolInfo(name = "search", description = "Searches fake code. Returns two hits.")
  static final class Search extends RecordTool<SearchParams> {
    @Override
    public ToolResult run(SearchParams params, EngineContext context) {
      switch (params.query()) {
        case "boom" -> throw new IllegalStateException("fake engine exploded");
        case "linkage" -> throw new NoClassDefFoundError("dev/garlic/Missing");
        case "interrupt" -> {
          Cancellation cancelled = Cancellation.create();
          cancelled.cancel();
          cancelled.check();
        }
        case "missing" -> throw GarlicException.input("no such thing: missing; try another");
        default -> {}
      }
      var hits =
          List.of(
              new SearchHit(
                  "src/main/java/App.java",
                  "java",
                  2.0,
                  List.of(new SearchHit.Line(12, "    void " + params.query() + "() {")),
                  null),
              new SearchHit(
                  "README.md",
                  "markdown",
                  1.0,
                  List.of(new SearchHit.Line(3, params.query())),
                  null));
      return new ToolResult(new SearchResult(params.query(), 5, hits), "2 hits");
    }
  }

  record SymbolsParams(
      @Param(description = "The name.") String name,
      @Nullable @Param(description = "Kind.", required = false) String kind,
      @Nullable @Param(description = "Max.", required = false) Integer limit) {}

  /** One definition whose signature carries the configured depth. */
  @ToolInfo(name = "symbols", description = "Finds fake definitions.")
  static final class Symbols extends RecordTool<SymbolsParams> {
    @Override
    public ToolResult run(SymbolsParams params, EngineContext context) {
      long depth = context.settings().integer(DEPTH, -1);
      var def =
          new SymbolDef(
              params.name(),
              "com.acme.App#" + params.name(),
              SymbolKind.METHOD,
              "void " + params.name() + "(int depth=" + depth + ")",
              Location.lines("src/main/java/App.java", 12, 14),
              null,
              "java",
              "com.acme.App");
      return new ToolResult(new SymbolMatches(params.name(), List.of(def)), def.signature());
    }
  }

  record LocateParams(
      @Param(description = "The task.") String task,
      @Nullable @Param(description = "Max.", required = false) Integer limit) {}

  /** Answers with the task text itself, so tests see what reached the tool. */
  @ToolInfo(name = "locate", description = "Echoes the task.")
  static final class Locate extends RecordTool<LocateParams> {
    @Override
    public ToolResult run(LocateParams params, EngineContext context) {
      return new ToolResult(params.task(), params.task());
    }
  }

  record IndexParams(
      @Nullable @Param(description = "Rebuild.", required = false) Boolean rebuild) {}

  /** Warns three times (once twice) and reports progress, then returns a fixed text. */
  @ToolInfo(name = "index", description = "Pretends to index.")
  static final class Index extends RecordTool<IndexParams> {
    @Override
    public ToolResult run(IndexParams params, EngineContext context) {
      context.reporter().progress("index", 1, 2);
      context.reporter().warn("a.bin: binary; skipped");
      context.reporter().warn("a.bin: binary; skipped");
      context.reporter().warn("b.bin: binary; skipped");
      return new ToolResult(List.of(), "indexed, rebuild=" + Boolean.TRUE.equals(params.rebuild()));
    }
  }
}
