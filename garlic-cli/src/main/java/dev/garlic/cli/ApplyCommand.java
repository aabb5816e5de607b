package dev.garlic.cli;

import dev.garlic.workspace.git.ApplyMode;
import dev.garlic.workspace.git.TaskWorktrees;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code garlic apply TASK [--cherry-pick]}: brings a task into the current branch. */
@Command(
    name = "apply",
    description = {
      "Bring a task's changes into the current branch: a merge, or with --cherry-pick a copy of",
      "each of its commits. Its uncommitted edits are committed first. On a conflict nothing",
      "changes and the conflicting files are named."
    })
final class ApplyCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(paramLabel = "TASK", description = "The task id, as garlic tasks shows it.")
  String task = "";

  @Option(names = "--cherry-pick", description = "Cherry-pick the task's commits, no merge.")
  boolean cherryPick;

  ApplyCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ApplyMode mode = cherryPick ? ApplyMode.CHERRY_PICK : ApplyMode.MERGE;
    String head = TaskWorktrees.open(invocation.base()).apply(task, mode);
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(Json.object().put("task", task).put("head", head));
    } else {
      output.text("applied task " + task + "; HEAD is now " + head.substring(0, 12));
    }
    return 0;
  }
}
