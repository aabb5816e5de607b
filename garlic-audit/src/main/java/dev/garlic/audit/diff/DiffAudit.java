package dev.garlic.audit.diff;

import dev.garlic.audit.AuditReport;
import dev.garlic.audit.AuditRequest;
import dev.garlic.audit.Auditor;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings introduced since a git revision: the revision is checked out in a temporary detached
 * worktree ({@code git worktree add --detach}, removed afterwards), both trees are audited, and
 * only the current findings whose fingerprint the base lacks are reported. Git runs through the
 * context's {@link CommandRunner}, never directly. Thread-safe.
 */
public final class DiffAudit {

  private static final Duration GIT_TIMEOUT = Duration.ofMinutes(2);

  private final Auditor auditor;
  private final CommandRunner commands;
  private final Map<String, String> environment;

  /**
   * @param environment the environment git runs with (PATH and HOME at least)
   */
  public DiffAudit(Auditor auditor, CommandRunner commands, Map<String, String> environment) {
    this.auditor = auditor;
    this.commands = commands;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Audits {@code root} and reports the findings not present at {@code base}.
   *
   * @throws GarlicException (input) when {@code root} is not in a git repository or {@code base} is
   *     not a revision of it
   */
  public AuditReport audit(
      Path root, String base, AuditRequest request, Reporter reporter, Cancellation cancellation) {
    if (base.isBlank() || base.startsWith("-")) {
      throw GarlicException.usage(
          "--diff needs a git revision, e.g. --diff main; got '" + base + "'");
    }
    // The base tree lives elsewhere: absolute paths must name the same files there.
    AuditRequest relative = request.withPaths(Auditor.requestedPaths(root, request.paths(), true));
    String prefix = git(root, cancellation, "rev-parse", "--show-prefix").strip();
    verify(root, base, cancellation);
    Set<String> before = new HashSet<>();
    Path worktree = temporaryDirectory();
    try {
      git(root, cancellation, "worktree", "add", "--detach", worktree.toString(), base);
      try {
        Path baseRoot = prefix.isEmpty() ? worktree : worktree.resolve(prefix);
        if (Files.isDirectory(baseRoot)) {
          for (Finding f : auditor.findings(baseRoot, relative, reporter, cancellation)) {
            before.add(f.fingerprint());
          }
        }
      } finally {
        removeWorktree(root, worktree, cancellation);
      }
    } finally {
      deleteQuietly(worktree);
    }
    AuditReport now = auditor.audit(root, relative, reporter, cancellation);
    return now.retain(f -> !before.contains(f.fingerprint()));
  }

  private void verify(Path root, String base, Cancellation cancellation) {
    CommandOutcome outcome =
        run(root, cancellation, List.of("rev-parse", "--verify", "--quiet", base + "^{commit}"));
    if (outcome.exitCode() != 0) {
      throw GarlicException.input(
          "--diff " + base + ": no such commit, branch or tag in " + root + "; try --diff HEAD~1");
    }
  }

  private void removeWorktree(Path root, Path worktree, Cancellation cancellation) {
    // Runs even when the audit was cancelled: a stale worktree would outlive this process.
    CommandOutcome outcome =
        run(
            root,
            Cancellation.create(),
            List.of("worktree", "remove", "--force", worktree.toString()));
    if (outcome.exitCode() != 0) {
      run(root, Cancellation.create(), List.of("worktree", "prune"));
    }
  }

  private String git(Path root, Cancellation cancellation, String... args) {
    CommandOutcome outcome = run(root, cancellation, List.of(args));
    if (outcome.exitCode() != 0) {
      String first =
          outcome.output().strip().lines().findFirst().orElse("exit " + outcome.exitCode());
      if (args[0].equals("rev-parse")) {
        throw GarlicException.input(
            "--diff needs a git repository, and " + root + " is not in one (" + first + ")");
      }
      throw GarlicException.environment("git " + String.join(" ", args) + " failed: " + first);
    }
    return outcome.output();
  }

  private CommandOutcome run(Path root, Cancellation cancellation, List<String> args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(args);
    Map<String, String> env = new java.util.HashMap<>(environment);
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("LC_ALL", "C");
    return commands.run(new CommandRequest(command, root, env, GIT_TIMEOUT, cancellation));
  }

  private static Path temporaryDirectory() {
    try {
      Path dir = Files.createTempDirectory("garlic-audit-base-");
      // git worktree add wants to create the directory itself.
      Files.delete(dir);
      return dir;
    } catch (IOException e) {
      throw GarlicException.environment("cannot create a temporary directory: " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // Best effort: a leftover temporary directory is harmless.
                }
              });
    } catch (IOException e) {
      // Best effort, as above.
    }
  }
}
