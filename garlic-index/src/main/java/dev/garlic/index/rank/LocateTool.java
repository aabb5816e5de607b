package dev.garlic.index.rank;

import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.RankedFiles;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The {@code locate} tool: the files a task (an issue, a stack trace, a request) is most likely
 * about, with the reasons for each. Brings the index up to date first.
 */
@ToolInfo(
    name = "locate",
    description =
        "Find the files a task is about: paste an issue, a stack trace or a request. Ranks files"
            + " by stack frames, named files and symbols, text relevance, the reference graph,"
            + " test/source pairs and recent changes, and says why for each.")
public final class LocateTool extends RecordTool<LocateTool.Params> {

  /** How many files are returned when the call does not say. */
  public static final int DEFAULT_LIMIT = 20;

  /**
   * The tool's arguments.
   *
   * @param task the task text
   * @param limit the most files to return; null for {@value #DEFAULT_LIMIT}
   */
  public record Params(
      @Param(
              description = "The task: an issue, a stack trace or a request",
              example = "NullPointerException in Cart.total when the cart is empty")
          String task,
      @Param(description = "Most files to return (default 20)", required = false)
          @Nullable Integer limit) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    int limit = p.limit() == null || p.limit() < 1 ? DEFAULT_LIMIT : p.limit();
    TaskLocator locator = IndexCorpus.locator(context);
    RankedFiles files = IndexCorpus.updated(context, c -> locator.locate(c, p.task(), limit));
    return new ToolResult(files, text(files));
  }

  static String text(RankedFiles files) {
    if (files.files().isEmpty()) {
      return "no file matches the task\n";
    }
    StringBuilder out = new StringBuilder();
    for (RankedFile f : files.files()) {
      out.append(String.format(Locale.ROOT, "%.2f  %s%n", f.score(), f.path()));
      f.reasons().forEach(r -> out.append("      ").append(r).append('\n'));
    }
    return out.toString();
  }
}
