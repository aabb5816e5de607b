package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.workspace.copy.WorkspaceTasks;
import dev.garlic.workspace.git.ApplyMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code garlic apply TASK [--cherry-pick]}: brings a task into the current branch, or a copy
 * task's files into the original directory.
 */
@Command(
    name = "apply",
    description = {
      "Bring a task's changes into the current branch: a merge, or with --cherry-pick a copy of",
      "each of its commits. Its uncommitted edits are committed first. A task on a copy",
      "(--no-git) has its changed files copied back. On a conflict nothing changes and the",
      "conflicting files are named."
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
    WorkspaceTasks.Applied applied = WorkspaceTasks.open(invocation.base()).apply(task, mode);
    Output output = invocation.output();
    String head = applied.head();
    if (output.json()) {
      ObjectNode json = Json.object().put("task", task);
      if (head != null) {
        json.put("head", head);
      } else {
        applied.written().forEach(json.putArray("written")::add);
        applied.deleted().forEach(json.putArray("deleted")::add);
      }
      output.printJson(json);
    } else if (head != null) {
      output.text("applied task " + task + "; HEAD is now " + head.substring(0, 12));
    } else {
      int files = applied.written().size() + applied.deleted().size();
      output.text(
          "applied task "
              + task
              + "; "
              + files
              + (files == 1 ? " file" : " files")
              + " changed ("
              + applied.written().size()
              + " written, "
              + applied.deleted().size()
              + " deleted)");
    }
    return 0;
  }
}
