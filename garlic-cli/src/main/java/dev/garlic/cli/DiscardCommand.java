package dev.garlic.cli;

import dev.garlic.workspace.copy.WorkspaceTasks;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code garlic discard TASK}: removes a task's worktree and branch, or its copy. */
@Command(
    name = "discard",
    description = {
      "Remove a task's worktree and its garlic/<id> branch, or its copy (--no-git), with",
      "everything in them."
    })
final class DiscardCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(paramLabel = "TASK", description = "The task id, as garlic tasks shows it.")
  String task = "";

  DiscardCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    WorkspaceTasks.open(invocation.base()).discard(task);
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(Json.object().put("discarded", task));
    } else {
      output.text("discarded task " + task);
    }
    return 0;
  }
}
