package dev.garlic.index.rank;

import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.protocol.code.ContextPack;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import org.jspecify.annotations.Nullable;

/**
 * The {@code context} tool: the code that matters for a task, packed into a token budget (whole
 * small files, regions of large ones, signatures of the rest). Brings the index up to date first.
 */
@ToolInfo(
    name = "context",
    description =
        "Gather the code that matters for a task into a token budget: the files the task is"
            + " about (whole when small, else the signatures plus the bodies that matter, with"
            + " line numbers), then signatures of related files.")
public final class ContextTool extends RecordTool<ContextTool.Params> {

  /** The setting with the default budget. */
  public static final String BUDGET_KEY = "context.budget";

  /** The budget when neither the call nor the settings give one. */
  public static final int DEFAULT_BUDGET = 8000;

  /**
   * The tool's arguments.
   *
   * @param task the task text
   * @param budget the token budget, at least {@value ContextPacker#MIN_BUDGET}; null for the
   *     {@value #BUDGET_KEY} setting
   */
  public record Params(
      @Param(
              description = "The task: an issue, a stack trace or a request",
              example = "Cart.total throws ArithmeticException for an empty cart")
          String task,
      @Param(description = "Token budget (default: setting context.budget, 8000)", required = false)
          @Nullable Integer budget) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    int budget =
        p.budget() != null
            ? p.budget()
            : (int) context.settings().integer(BUDGET_KEY, DEFAULT_BUDGET);
    ContextPacker packer =
        new ContextPacker(
            TokenCounter.fromSettings(context.settings()), IndexCorpus.locator(context));
    ContextPack pack = IndexCorpus.updated(context, c -> packer.pack(c, p.task(), budget));
    return new ToolResult(pack, text(pack));
  }

  static String text(ContextPack pack) {
    if (pack.items().isEmpty()) {
      return "no code matches the task\n";
    }
    StringBuilder out = new StringBuilder();
    for (ContextPack.Item item : pack.items()) {
      out.append(item.text());
      if (!item.text().endsWith("\n")) {
        out.append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }
}
