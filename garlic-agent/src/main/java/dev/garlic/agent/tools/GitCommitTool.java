package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;

/**
 * The {@code git_commit} tool: stages every change under the workspace root ({@code git add -A .})
 * and commits it. An empty commit is refused.
 */
@ToolInfo(
    name = "git_commit",
    description =
        "Stage all changes in the workspace (git add -A) and commit them with the message."
            + " Refuses when there is nothing to commit.",
    mutating = true)
final class GitCommitTool extends RecordTool<GitCommitTool.Params> {

  record Params(
      @Param(description = "The commit message", example = "Fix the off-by-one in Parser.next")
          String message) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    if (p.message().isBlank()) {
      throw GarlicException.usage("git_commit: the message is empty; say what the change does");
    }
    GitCli git = new GitCli(context);
    git.run("add", "-A", "--", ".");
    if (git.succeeds("diff", "--cached", "--quiet")) {
      throw GarlicException.usage(
          "git_commit: nothing to commit, the workspace has no changes; make changes first");
    }
    git.run("commit", "-q", "-m", p.message());
    String hash = git.run("rev-parse", "--short", "HEAD").strip();
    String stat = git.run("show", "--shortstat", "--format=", "HEAD").strip();
    GitCommit commit = new GitCommit(hash, p.message(), stat);
    return new ToolResult(commit, commit.text());
  }
}
