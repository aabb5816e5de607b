package dev.garlic.agent.verify;

import dev.garlic.agent.tools.EnvironmentFilter;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The files a task changed, asked of git through the context's command runner: the differences of
 * the working tree from {@code base} (tracked edits, staged or not, and deletions) plus untracked
 * files that are not ignored. Without a base the tree is compared with {@code HEAD}; on a task
 * branch ({@code garlic/<id>}) the files of commits that are on no other local branch count too, so
 * a task that already committed its work still has changes.
 */
public final class ChangedFiles {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private ChangedFiles() {}

  /**
   * The changed files relative to the root, with {@code /} separators, in git's order; empty when
   * the root is not in a git work tree (or git fails), which is different from no changes.
   *
   * @param base the commit the task started from, or null for {@code HEAD}
   */
  public static Optional<Set<String>> of(EngineContext context, @Nullable String base) {
    Optional<String> diff =
        git(context, "diff", "--name-only", "--relative", base == null ? "HEAD" : base);
    Optional<String> untracked = git(context, "ls-files", "--others", "--exclude-standard");
    if (diff.isEmpty() || untracked.isEmpty()) {
      return Optional.empty();
    }
    Set<String> files = new LinkedHashSet<>();
    if (base == null) {
      branchCommits(context).ifPresent(out -> files.addAll(lines(out)));
    }
    files.addAll(lines(diff.get()));
    files.addAll(lines(untracked.get()));
    return Optional.of(files);
  }

  /** Files of the commits on the current task branch that no other local branch has. */
  private static Optional<String> branchCommits(EngineContext context) {
    Optional<String> branch =
        git(context, "symbolic-ref", "--short", "-q", "HEAD").map(String::strip);
    if (branch.isEmpty() || !branch.get().startsWith("garlic/")) {
      return Optional.empty();
    }
    return git(
        context,
        "log",
        "--format=",
        "--name-only",
        "--relative",
        "HEAD",
        "--not",
        "--exclude=" + branch.get(),
        "--branches");
  }

  private static Optional<String> git(EngineContext context, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    CommandOutcome outcome =
        context
            .commands()
            .run(
                new CommandRequest(
                    command,
                    context.root(),
                    EnvironmentFilter.filter(System.getenv()),
                    TIMEOUT,
                    context.cancellation()));
    return outcome.exitCode() == 0 && !outcome.timedOut()
        ? Optional.of(outcome.output())
        : Optional.empty();
  }

  private static List<String> lines(String output) {
    return output
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        // The runner's mark where it cut long output is no file name.
        .filter(l -> !(l.startsWith("… ") && l.endsWith(" lines omitted …")))
        .toList();
  }
}
