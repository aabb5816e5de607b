package dev.garlic.workspace.git;

import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.StateDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tasks of one git repository, each in its own {@code git worktree} under {@code
 * <repo>/.garlic/worktrees/<id>} on branch {@code garlic/<id>}, so that the user's checkout is
 * never half-edited. A task's base commit, creation time and title live in {@code <id>.json} beside
 * its worktree.
 *
 * <p>Thread-safe: operations that change the repository's shared state (branches, the worktree
 * list, the user's checkout) are serialized within the JVM; work inside different worktrees runs in
 * parallel. Errors the user can cause (not a repository, unknown task, dirty checkout, conflicts)
 * are {@link GarlicException}s; a git failure nobody could foresee is an {@link
 * IllegalStateException}.
 */
public final class TaskWorktrees {

  /** The prefix of every task branch. */
  public static final String BRANCH_PREFIX = "garlic/";

  private static final Object REPOSITORY_LOCK = new Object();
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path repository;
  private final GitCommand git;

  private TaskWorktrees(Path repository) {
    this.repository = repository;
    this.git = new GitCommand(repository);
  }

  /** True if {@code dir} is inside a git work tree. */
  public static boolean isRepository(Path dir) {
    return Files.isDirectory(dir) && new GitCommand(dir).run("rev-parse", "--show-toplevel").ok();
  }

  /**
   * The tasks of the git repository that contains {@code dir}.
   *
   * @throws GarlicException when {@code dir} is missing or not inside a git work tree
   */
  public static TaskWorktrees open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw GarlicException.input(dir + " is not a directory; pass an existing directory");
    }
    GitCommand.Result top = new GitCommand(dir).run("rev-parse", "--show-toplevel");
    if (!top.ok()) {
      throw GarlicException.input(
          dir + " is not a git repository; run git init, or pass --no-git to work on a copy");
    }
    try {
      return new TaskWorktrees(Path.of(top.out().strip()).toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The top directory of the user's checkout. */
  public Path repository() {
    return repository;
  }

  /** The directory that holds the task worktrees and their metadata. */
  public Path worktreesDir() {
    return StateDir.of(repository).resolve("worktrees");
  }

  /**
   * Starts a task at the user's current {@code HEAD}: {@code git worktree add -b garlic/<id>}.
   *
   * @param id the task id, or null for a new one such as {@code 20261121-k3x9qa}
   * @param title free text shown by {@link #list()}
   * @throws GarlicException when the id is malformed or taken, or the repository has no commit
   */
  public TaskWorktree create(@Nullable String id, String title) {
    synchronized (REPOSITORY_LOCK) {
      String taskId = id == null ? newId() : checkedId(id);
      if (branchExists(BRANCH_PREFIX + taskId)) {
        throw GarlicException.input(
            "task '" + taskId + "' already exists; pick another id or discard it first");
      }
      GitCommand.Result head = git.run("rev-parse", "--verify", "-q", "HEAD^{commit}");
      if (!head.ok()) {
        throw GarlicException.input(
            repository + " has no commit yet; commit once before starting a task");
      }
      try {
        Path dir = StateDir.create(repository, "worktrees");
        Path path = dir.resolve(taskId);
        String branch = BRANCH_PREFIX + taskId;
        git.output("worktree", "add", "-q", "-b", branch, path.toString(), head.out().strip());
        TaskWorktree task =
            new TaskWorktree(taskId, branch, path, head.out().strip(), Instant.now(), title);
        TaskMetadata.write(dir, task);
        return task;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Every task of the repository, oldest first, with its state and diffstat. */
  public List<TaskStatus> list() {
    List<TaskStatus> statuses = new ArrayList<>();
    for (TaskWorktree task : tasks()) {
      statuses.add(status(task));
    }
    statuses.sort(Comparator.comparing(status -> status.task().created()));
    return statuses;
  }

  /**
   * The task named {@code id}; its branch name ({@code garlic/<id>}) names it too.
   *
   * @throws GarlicException when there is no such task
   */
  public TaskWorktree find(String id) {
    return tasks().stream()
        .filter(task -> task.id().equals(id) || task.branch().equals(id))
        .findFirst()
        .orElseThrow(
            () -> GarlicException.input("no task '" + id + "'; run garlic tasks to list them"));
  }

  /**
   * The unified diff of everything the task changed since its base: its commits, its uncommitted
   * edits and its new untracked files. Empty when nothing changed.
   */
  public String diff(String id) {
    TaskWorktree task = find(id);
    GitCommand inTask = new GitCommand(task.path());
    StringBuilder diff = new StringBuilder(inTask.output("diff", "--no-color", task.base()));
    for (String file : untracked(inTask)) {
      GitCommand.Result added =
          inTask.run("diff", "--no-color", "--no-index", "--", "/dev/null", file);
      // --no-index exits 1 when the files differ, which a new file always does.
      if (added.exitCode() > 1) {
        throw new IllegalStateException("git diff of " + file + " failed: " + added.err());
      }
      diff.append(added.out());
    }
    return diff.toString();
  }

  /**
   * Brings the task's changes into the user's current branch and returns the new {@code HEAD}.
   * Uncommitted edits in the task's worktree are first committed there. On a conflict the merge or
   * cherry-pick is aborted, so the user's checkout is exactly as before.
   *
   * @throws GarlicException when the task has nothing to apply, when the user has uncommitted
   *     changes to files the task also changes, or on a conflict (naming the files)
   */
  public String apply(String id, ApplyMode mode) {
    synchronized (REPOSITORY_LOCK) {
      TaskWorktree task = find(id);
      return new TaskApplication(git, task).apply(mode);
    }
  }

  /** Removes the task's worktree, its branch and its metadata, whatever they contained. */
  public void discard(String id) {
    synchronized (REPOSITORY_LOCK) {
      TaskWorktree task = find(id);
      if (Files.isDirectory(task.path())) {
        git.output("worktree", "remove", "--force", task.path().toString());
      } else {
        git.output("worktree", "prune");
      }
      git.output("branch", "-D", "-q", task.branch());
      try {
        Files.deleteIfExists(TaskMetadata.file(worktreesDir(), task.id()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private TaskStatus status(TaskWorktree task) {
    GitCommand inTask = new GitCommand(task.path());
    boolean edited = !inTask.output("status", "--porcelain").isBlank();
    String ahead = inTask.output("rev-list", "--count", task.base() + "..HEAD").strip();
    TaskState state =
        edited ? TaskState.CHANGED : ahead.equals("0") ? TaskState.CLEAN : TaskState.COMMITTED;
    String diffstat = inTask.output("diff", "--shortstat", task.base()).strip();
    return new TaskStatus(task, state, diffstat);
  }

  /** The garlic worktrees that {@code git worktree list} knows and that still exist. */
  private List<TaskWorktree> tasks() {
    List<TaskWorktree> tasks = new ArrayList<>();
    String refPrefix = "refs/heads/" + BRANCH_PREFIX;
    for (String block : git.output("worktree", "list", "--porcelain").split("\n\n")) {
      Optional<String> path = field(block, "worktree ");
      Optional<String> ref = field(block, "branch ");
      if (path.isEmpty() || ref.isEmpty() || !ref.get().startsWith(refPrefix)) {
        continue;
      }
      String id = ref.get().substring(refPrefix.length());
      String branch = BRANCH_PREFIX + id;
      Path dir = Path.of(path.get());
      if (Files.isDirectory(dir)) {
        tasks.add(
            TaskMetadata.read(worktreesDir(), id, branch, dir)
                .orElseGet(() -> withoutMetadata(id, branch, dir)));
      }
    }
    return tasks;
  }

  /** A task whose JSON file is gone: its base is where it forked from the user's branch. */
  private TaskWorktree withoutMetadata(String id, String branch, Path dir) {
    String base = git.output("merge-base", "HEAD", branch).strip();
    Instant created;
    try {
      created = Files.getLastModifiedTime(dir).toInstant();
    } catch (IOException e) {
      created = Instant.EPOCH;
    }
    return new TaskWorktree(id, branch, dir, base, created, "");
  }

  private boolean branchExists(String branch) {
    return git.run("rev-parse", "--verify", "-q", "refs/heads/" + branch).ok();
  }

  private static List<String> untracked(GitCommand inTask) {
    List<String> files = new ArrayList<>();
    for (String file :
        inTask.output("ls-files", "-z", "--others", "--exclude-standard").split("\0")) {
      if (!file.isEmpty()) {
        files.add(file);
      }
    }
    return files;
  }

  private static Optional<String> field(String block, String prefix) {
    return block
        .lines()
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()))
        .findFirst();
  }

  private static String checkedId(String id) {
    if (!ID.matcher(id).matches()) {
      throw GarlicException.usage(
          "'"
              + id
              + "' is not a task id; use up to 64 letters, digits, '-' or '_', starting with a"
              + " letter or digit");
    }
    return id;
  }

  private static String newId() {
    StringBuilder id = new StringBuilder(DAY.format(Instant.now())).append('-');
    for (int i = 0; i < 6; i++) {
      id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
    }
    return id.toString();
  }
}
