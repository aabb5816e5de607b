package dev.garlic.cli;

import dev.garlic.workspace.git.TaskWorktrees;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code garlic diff TASK}: the unified diff of a task against its base. */
@Command(
    name = "diff",
    description =
        "Show the unified diff of a task (commits, edits and new files) against its base.")
final class DiffCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(paramLabel = "TASK", description = "The task id, as garlic tasks shows it.")
  String task = "";

  DiffCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    String diff = TaskWorktrees.open(invocation.base()).diff(task);
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(Json.object().put("task", task).put("diff", diff));
    } else {
      output.text(diff);
    }
    return 0;
  }
}
