package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code git_diff} tool: unstaged (or staged) changes of the workspace or one path, as a
 * unified diff. Untracked files are not in it; {@code git_status} lists them.
 */
@ToolInfo(
    name = "git_diff",
    description =
        "Show uncommitted changes as a unified diff: unstaged ones by default, staged ones with"
            + " staged=true; optionally only under a path. New untracked files are not shown;"
            + " see git_status.")
final class GitDiffTool extends RecordTool<GitDiffTool.Params> {

  record Params(
      @Param(
              description = "File or directory relative to the workspace root",
              example = "src/main",
              required = false)
          @Nullable String path,
      @Param(description = "Show staged changes instead of unstaged ones", required = false)
          @Nullable Boolean staged) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    boolean staged = Boolean.TRUE.equals(p.staged());
    List<String> args = new ArrayList<>(List.of("diff"));
    if (staged) {
      args.add("--cached");
    }
    args.add("--");
    args.add(
        p.path() == null
            ? "."
            : WorkspacePaths.display(
                context.root(), WorkspacePaths.resolve(context.root(), p.path())));
    String output = new GitCli(context).run(args.toArray(String[]::new));
    String command = "git " + String.join(" ", args);
    GitOutput result =
        new GitOutput(
            command, output.isBlank() ? "no " + (staged ? "staged " : "") + "changes\n" : output);
    return new ToolResult(result, result.text());
  }
}
