package dev.garlic.workspace.git;

import dev.garlic.spi.GarlicException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recent history of the files of a workspace, read with the {@code git} command line (which is
 * much faster than walking commits in-process). A workspace that is not in a git repository, or a
 * machine without git, has no history: the methods then answer {@code false} and empty maps rather
 * than fail. Paths are relative to the workspace root (which may be a sub-directory of the
 * repository) with {@code /} separators. Thread-safe; every call runs git anew.
 */
public final class GitHistory {

  /** How many commits back {@link #lastChanged()} looks by default. */
  public static final int DEFAULT_MAX_COMMITS = 2000;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final char RECORD = '\u001e';

  private final Path root;

  /** The history of the workspace at {@code root}. Cheap: nothing runs until asked. */
  public GitHistory(Path root) {
    this.root = root;
  }

  /** Whether the workspace is inside a git work tree that git will read. */
  public boolean isRepository() {
    return git(List.of("rev-parse", "--is-inside-work-tree"))
        .map(out -> out.strip().equals("true"))
        .orElse(false);
  }

  /** {@link #lastChanged(int)} over the last {@value #DEFAULT_MAX_COMMITS} commits. */
  public Map<String, Long> lastChanged() {
    return lastChanged(DEFAULT_MAX_COMMITS);
  }

  /**
   * For each tracked file that one of the last {@code maxCommits} commits (on the current branch)
   * touched, the commit time in epoch seconds of the latest such commit. Files unchanged in that
   * window, untracked files and deleted files are absent. The answer is cached under {@code
   * .garlic/cache/} per HEAD commit, so only the first call after a commit runs {@code git log}.
   */
  public Map<String, Long> lastChanged(int maxCommits) {
    Optional<String> head = git(List.of("rev-parse", "--verify", "-q", "HEAD")).map(String::strip);
    if (head.isEmpty()) {
      return Map.of();
    }
    RecencyCache cache = new RecencyCache(root, head.get(), maxCommits);
    Optional<Map<String, Long>> cached = cache.read();
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<Map<String, Long>> changed = readLog(maxCommits);
    changed.ifPresent(cache::write);
    return changed.orElse(Map.of());
  }

  /** What {@code git log} says, or empty when it failed. */
  private Optional<Map<String, Long>> readLog(int maxCommits) {
    Optional<String> log =
        git(
            List.of(
                "log",
                "-n",
                String.valueOf(maxCommits),
                "--format=%x1e%ct",
                "--name-only",
                "-z",
                "--no-renames",
                "--relative",
                "--",
                "."));
    if (log.isEmpty()) {
      return Optional.empty();
    }
    Set<String> tracked = tracked();
    Map<String, Long> changed = new HashMap<>();
    for (String commit : log.get().split(String.valueOf(RECORD))) {
      String[] fields = commit.split("\0");
      if (fields.length < 2 || fields[0].isBlank()) {
        continue;
      }
      long time = Long.parseLong(fields[0].strip());
      for (int i = 1; i < fields.length; i++) {
        String path = fields[i].strip();
        if (!path.isEmpty() && tracked.contains(path)) {
          // Newest commits come first, so the first time seen is the latest change.
          changed.putIfAbsent(path, time);
        }
      }
    }
    return Optional.of(Map.copyOf(changed));
  }

  private Set<String> tracked() {
    Set<String> paths = new HashSet<>();
    git(List.of("ls-files", "-z"))
        .ifPresent(
            out -> {
              for (String p : out.split("\0")) {
                if (!p.isEmpty()) {
                  paths.add(p);
                }
              }
            });
    return paths;
  }

  /** What {@code git args} printed, or empty when git is missing, fails or takes too long. */
  private Optional<String> git(List<String> args) {
    try {
      GitCommand.Result result = new GitCommand(root, TIMEOUT).run(args);
      return result.ok() ? Optional.of(result.out()) : Optional.empty();
    } catch (GarlicException | IllegalStateException e) {
      // Recency is a ranking hint: without git, or when it fails, there is simply no hint.
      return Optional.empty();
    }
  }
}
