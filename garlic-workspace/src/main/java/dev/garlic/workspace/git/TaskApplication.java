package dev.garlic.workspace.git;

import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bringing one task's commits into the user's current branch. Refuses before touching anything when
 * the user's uncommitted changes overlap the task's, and undoes a conflicting merge or cherry-pick
 * so that the user's checkout ends exactly as it began.
 */
final class TaskApplication {

  private final GitCommand user;
  private final TaskWorktree task;

  TaskApplication(GitCommand user, TaskWorktree task) {
    this.user = user;
    this.task = task;
  }

  /** Applies the task with {@code mode} and returns the user's new {@code HEAD}. */
  String apply(ApplyMode mode) {
    commitPendingEdits();
    String tip = user.output("rev-parse", task.branch()).strip();
    if (tip.equals(task.base())) {
      throw GarlicException.input("task '" + task.id() + "' has no changes to apply");
    }
    refuseOverlappingEdits(tip);
    GitCommand.Result result =
        switch (mode) {
          case MERGE ->
              user.run("merge", "--no-edit", "-m", "Merge garlic task " + task.id(), task.branch());
          case CHERRY_PICK -> user.run("cherry-pick", task.base() + ".." + tip);
        };
    if (!result.ok()) {
      throw abort(mode, result);
    }
    return user.output("rev-parse", "HEAD").strip();
  }

  /** The task's worktree belongs to Garlic, so its loose edits become a commit of the task. */
  private void commitPendingEdits() {
    GitCommand inTask = new GitCommand(task.path());
    if (inTask.output("status", "--porcelain").isBlank()) {
      return;
    }
    inTask.output("add", "-A");
    String subject = task.title().isBlank() ? "garlic task " + task.id() : task.title();
    GitCommand.Result commit = inTask.run("commit", "-q", "-m", subject);
    if (!commit.ok()) {
      throw GarlicException.input(
          "could not commit task '"
              + task.id()
              + "': "
              + commit.firstErrorLine()
              + "; commit in "
              + task.path()
              + " by hand");
    }
  }

  private void refuseOverlappingEdits(String tip) {
    Set<String> touched = paths(user.output("diff", "--name-only", "-z", task.base(), tip));
    List<String> overlap = new ArrayList<>();
    for (String dirty : dirtyPaths()) {
      if (touched.contains(dirty)) {
        overlap.add(dirty);
      }
    }
    if (!overlap.isEmpty()) {
      throw GarlicException.input(
          "you have uncommitted changes to "
              + String.join(", ", overlap)
              + " that task '"
              + task.id()
              + "' also changes; commit or stash them first");
    }
  }

  /** Every path {@code git status} lists, both sides of renames included. */
  private Set<String> dirtyPaths() {
    Set<String> dirty = new LinkedHashSet<>();
    String[] entries =
        user.output("status", "--porcelain", "-z", "--untracked-files=all").split("\0");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i];
      if (entry.length() < 4) {
        continue;
      }
      dirty.add(entry.substring(3));
      // A rename or copy entry is followed by its source path in the next field.
      if ((entry.charAt(0) == 'R' || entry.charAt(0) == 'C') && i + 1 < entries.length) {
        dirty.add(entries[++i]);
      }
    }
    return dirty;
  }

  private GarlicException abort(ApplyMode mode, GitCommand.Result failure) {
    Set<String> conflicts = paths(user.output("diff", "--name-only", "-z", "--diff-filter=U"));
    String verb = mode == ApplyMode.MERGE ? "merge" : "cherry-pick";
    // Git leaves no merge in progress when it refused up front; then there is nothing to abort.
    user.run(verb, "--abort");
    if (conflicts.isEmpty()) {
      return GarlicException.input(
          "could not "
              + verb
              + " task '"
              + task.id()
              + "': "
              + failure.firstErrorLine()
              + "; nothing was changed");
    }
    return GarlicException.input(
        "task '"
            + task.id()
            + "' conflicts with your branch in "
            + String.join(", ", conflicts)
            + "; nothing was changed; resolve by hand with git "
            + verb
            + " "
            + (mode == ApplyMode.MERGE ? task.branch() : task.base() + ".." + task.branch()));
  }

  private static Set<String> paths(String nulSeparated) {
    Set<String> paths = new LinkedHashSet<>();
    for (String path : nulSeparated.split("\0")) {
      if (!path.isBlank()) {
        paths.add(path.strip());
      }
    }
    return paths;
  }
}
