package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code read_file} tool: numbered lines of a text file, optionally a range, capped in lines
 * and characters so one call cannot flood the model's context. Binary files are refused.
 */
@ToolInfo(
    name = "read_file",
    description =
        "Read a text file of the workspace as numbered lines (number, tab, line), optionally only"
            + " lines start to end. Long files are cut off with a note saying where to read on.")
final class ReadFileTool extends RecordTool<ReadFileTool.Params> {

  static final int MAX_LINES = 2000;
  static final int MAX_CHARS = 100_000;
  private static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  record Params(
      @Param(description = "File relative to the workspace root", example = "src/Main.java")
          String path,
      @Param(description = "First line to read, from 1 (default 1)", required = false)
          @Nullable Integer start,
      @Param(description = "Last line to read, inclusive (default: the end)", required = false)
          @Nullable Integer end) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    Path file = WorkspacePaths.resolve(context.root(), p.path());
    int start = p.start() == null ? 1 : p.start();
    int end = p.end() == null ? Integer.MAX_VALUE : p.end();
    if (start < 1 || end < start) {
      throw GarlicException.usage(
          "bad line range " + start + "-" + end + "; start is from 1 and end not below start");
    }
    String text = TextFiles.read(file, p.path(), MAX_FILE_BYTES);
    List<String> all = TextFiles.lines(text);
    List<String> lines = new ArrayList<>();
    int chars = 0;
    boolean capped = false;
    for (int i = start - 1; i < Math.min(all.size(), end); i++) {
      String line = all.get(i);
      if (lines.size() == MAX_LINES || chars + line.length() > MAX_CHARS && !lines.isEmpty()) {
        capped = true;
        break;
      }
      lines.add(line);
      chars += line.length() + 1;
    }
    FileExcerpt excerpt =
        new FileExcerpt(
            WorkspacePaths.display(context.root(), file), start, lines, all.size(), capped);
    return new ToolResult(excerpt, excerpt.text());
  }
}
