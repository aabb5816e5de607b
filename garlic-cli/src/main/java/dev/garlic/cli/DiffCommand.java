package dev.garlic.cli;

import dev.garlic.workspace.copy.WorkspaceTasks;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code garlic diff TASK}: the unified diff of a task against its base. */
@Command(
    name = "diff",
    description = {
      "Show the unified diff of a task (commits, edits and new files) against its base; for a",
      "task on a copy (--no-git), of its changed, added and deleted files against the original."
    })
final class DiffCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(paramLabel = "TASK", description = "The task id, as garlic tasks shows it.")
  String task = "";

  DiffCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    String diff = WorkspaceTasks.open(invocation.base()).diff(task);
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(Json.object().put("task", task).put("diff", diff));
    } else {
      output.text(diff);
    }
    return 0;
  }
}
