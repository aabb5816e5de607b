package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import dev.garlic.workspace.SourceFile;
import dev.garlic.workspace.WalkOptions;
import dev.garlic.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The {@code list_dir} tool: the files and directories under a directory, a few levels deep. It
 * lists what the workspace walk sees, so ignored files (per {@code .gitignore}, {@code
 * .garlic/ignore} and build output directories), binary files and files of unknown type are left
 * out.
 */
@ToolInfo(
    name = "list_dir",
    description =
        "List the source and text files under a directory of the workspace, as an indented tree"
            + " up to 3 levels deep. Ignored files (.gitignore, build output), binary files and"
            + " files of unknown type are not listed; use shell with ls to see everything.")
final class ListDirTool extends RecordTool<ListDirTool.Params> {

  static final int MAX_DEPTH = 3;
  static final int MAX_ENTRIES = 400;

  record Params(
      @Param(
              description = "Directory relative to the workspace root (default: the root)",
              example = "src/main",
              required = false)
          @Nullable String path,
      @Param(description = "Levels to list, 1 to 3 (default 2)", required = false)
          @Nullable Integer depth) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    String given = p.path() == null ? "." : p.path();
    Path dir = WorkspacePaths.resolve(context.root(), given);
    if (!Files.exists(dir)) {
      throw GarlicException.usage("no such directory: " + given + "; list its parent to see");
    }
    if (!Files.isDirectory(dir)) {
      throw GarlicException.usage(given + " is a file, not a directory; read it with read_file");
    }
    int depth = p.depth() == null ? 2 : p.depth();
    if (depth < 1 || depth > MAX_DEPTH) {
      throw GarlicException.usage("depth must be 1 to " + MAX_DEPTH + ", not " + depth);
    }
    String prefix = WorkspacePaths.display(context.root(), dir);
    List<String> all = entries(context, prefix.equals(".") ? "" : prefix + "/", depth);
    DirListing listing =
        new DirListing(
            prefix, depth, all.subList(0, Math.min(all.size(), MAX_ENTRIES)), all.size());
    return new ToolResult(listing, listing.text());
  }

  /** Every file and directory under {@code prefix} at most {@code depth} levels down, sorted. */
  private static List<String> entries(EngineContext context, String prefix, int depth) {
    // Large files are still worth seeing in a listing, even though the index skips them.
    WalkOptions options = WalkOptions.DEFAULTS.withMaxFileBytes(Long.MAX_VALUE);
    TreeSet<String> entries = new TreeSet<>();
    for (SourceFile file :
        Workspace.open(context.root()).walk(options, context.reporter()).files()) {
      if (!file.path().startsWith(prefix)) {
        continue;
      }
      String[] parts = file.path().substring(prefix.length()).split("/");
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < parts.length && i < depth; i++) {
        path.append(parts[i]);
        boolean dir = i < parts.length - 1;
        entries.add(dir ? path + "/" : path.toString());
        path.append('/');
      }
    }
    return new ArrayList<>(entries);
  }
}
