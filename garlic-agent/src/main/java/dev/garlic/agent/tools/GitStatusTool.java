package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;

/** The {@code git_status} tool: the branch and the changed and untracked files, one per line. */
@ToolInfo(
    name = "git_status",
    description =
        "Show the current branch and the changed, staged and untracked files of the workspace"
            + " (git status --short --branch).")
final class GitStatusTool extends RecordTool<GitStatusTool.Params> {

  record Params() {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    String output = new GitCli(context).run("status", "--short", "--branch", "--", ".");
    boolean clean = output.lines().allMatch(l -> l.startsWith("##"));
    GitOutput result =
        new GitOutput("git status --short --branch", clean ? output + "(no changes)\n" : output);
    return new ToolResult(result, result.text());
  }
}
