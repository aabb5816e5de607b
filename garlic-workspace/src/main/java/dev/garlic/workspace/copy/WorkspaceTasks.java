package dev.garlic.workspace.copy;

import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.StateDir;
import dev.garlic.workspace.git.ApplyMode;
import dev.garlic.workspace.git.TaskState;
import dev.garlic.workspace.git.TaskStatus;
import dev.garlic.workspace.git.TaskWorktree;
import dev.garlic.workspace.git.TaskWorktrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every task of a directory behind one API, for {@code garlic tasks}, {@code diff}, {@code apply}
 * and {@code discard}: the git worktrees of the repository that contains it ({@link TaskWorktrees})
 * and the copies made with {@code --no-git} ({@link TaskCopies}), looked for in the directory and
 * the directories above it (the nearest one with {@code .garlic/copies}). Outside git with no
 * copies, opening fails with the hint to run {@code git init} or pass {@code --no-git}. A copy
 * task's id wins over a worktree task of the same id. Thread-safe as the two stores are.
 */
public final class WorkspaceTasks {

  /** Where a task works. */
  public enum Kind {
    /** A git worktree on branch {@code garlic/<id>}. */
    WORKTREE,
    /** A copy of a directory outside git. */
    COPY
  }

  /**
   * One task, whichever its kind.
   *
   * @param id the task id
   * @param kind worktree or copy
   * @param state how far it has moved from its base
   * @param branch its branch, {@code ""} for a copy
   * @param path where it works
   * @param base the commit it started from, {@code ""} for a copy
   * @param created when it started
   * @param title free text, {@code ""} when none
   * @param diffstat git's one-line summary of its changes, {@code ""} when there are none
   */
  public record Task(
      String id,
      Kind kind,
      TaskState state,
      String branch,
      Path path,
      String base,
      Instant created,
      String title,
      String diffstat) {}

  /**
   * What applying a task did.
   *
   * @param id the task id
   * @param kind worktree or copy
   * @param head the user's new {@code HEAD} after a worktree task, or null for a copy
   * @param written for a copy, the files written in the original
   * @param deleted for a copy, the files deleted from the original
   */
  public record Applied(
      String id, Kind kind, @Nullable String head, List<String> written, List<String> deleted) {

    public Applied {
      written = List.copyOf(written);
      deleted = List.copyOf(deleted);
    }
  }

  private final @Nullable TaskWorktrees worktrees;
  private final @Nullable TaskCopies copies;

  private WorkspaceTasks(@Nullable TaskWorktrees worktrees, @Nullable TaskCopies copies) {
    this.worktrees = worktrees;
    this.copies = copies;
  }

  /**
   * The tasks of the directory {@code dir}.
   *
   * @throws GarlicException (input) when {@code dir} is missing, or is outside git and has no copy
   *     tasks: "{@code <dir> is not a git repository; run git init, or pass --no-git to work on a
   *     copy}"
   */
  public static WorkspaceTasks open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw GarlicException.input(dir + " is not a directory; pass an existing directory");
    }
    Path absolute = dir.toAbsolutePath().normalize();
    TaskCopies copies = nearestCopies(absolute);
    if (insideGit(absolute)) {
      return new WorkspaceTasks(TaskWorktrees.open(absolute), copies);
    }
    if (copies != null) {
      return new WorkspaceTasks(null, copies);
    }
    throw GarlicException.input(
        dir + " is not a git repository; run git init, or pass --no-git to work on a copy");
  }

  /** The copies of {@code dir} or of the nearest directory above it that has any, or null. */
  private static @Nullable TaskCopies nearestCopies(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(StateDir.of(d).resolve(TaskCopies.STORE))) {
        return TaskCopies.open(d);
      }
    }
    return null;
  }

  /** Every task, oldest first. */
  public List<Task> list() {
    List<Task> tasks = new ArrayList<>();
    if (worktrees != null) {
      for (TaskStatus status : worktrees.list()) {
        TaskWorktree t = status.task();
        tasks.add(
            new Task(
                t.id(),
                Kind.WORKTREE,
                status.state(),
                t.branch(),
                t.path(),
                t.base(),
                t.created(),
                t.title(),
                status.diffstat()));
      }
    }
    if (copies != null) {
      for (CopyStatus status : copies.list()) {
        TaskCopy t = status.task();
        tasks.add(
            new Task(
                t.id(),
                Kind.COPY,
                status.state(),
                "",
                t.path(),
                "",
                t.created(),
                t.title(),
                status.diffstat()));
      }
    }
    tasks.sort(Comparator.comparing(Task::created));
    return tasks;
  }

  /** The unified diff of the task's changes; empty when there are none. */
  public String diff(String id) {
    Optional<TaskCopies> copy = copyOf(id);
    return copy.isPresent() ? copy.get().diff(id) : worktrees(id).diff(id);
  }

  /**
   * Brings the task's changes into the user's files: a merge or cherry-pick for a worktree, a copy
   * back for a copy.
   *
   * @throws GarlicException (usage) when {@code mode} is {@link ApplyMode#CHERRY_PICK} for a copy,
   *     which has no commits; otherwise as {@link TaskWorktrees#apply} and {@link TaskCopies#apply}
   */
  public Applied apply(String id, ApplyMode mode) {
    Optional<TaskCopies> copy = copyOf(id);
    if (copy.isPresent()) {
      if (mode == ApplyMode.CHERRY_PICK) {
        throw GarlicException.usage(
            "task '" + id + "' works on a copy, which has no commits; leave out --cherry-pick");
      }
      CopyApplied applied = copy.get().apply(id);
      return new Applied(id, Kind.COPY, null, applied.written(), applied.deleted());
    }
    String head = worktrees(id).apply(id, mode);
    return new Applied(id, Kind.WORKTREE, head, List.of(), List.of());
  }

  /** Removes the task and everything in it. */
  public Kind discard(String id) {
    Optional<TaskCopies> copy = copyOf(id);
    if (copy.isPresent()) {
      copy.get().discard(id);
      return Kind.COPY;
    }
    worktrees(id).discard(id);
    return Kind.WORKTREE;
  }

  private Optional<TaskCopies> copyOf(String id) {
    return copies != null && copies.has(id) ? Optional.of(copies) : Optional.empty();
  }

  private TaskWorktrees worktrees(String id) {
    if (worktrees == null) {
      throw GarlicException.input("no task '" + id + "'; run garlic tasks to list them");
    }
    return worktrees;
  }

  private static boolean insideGit(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }
}
