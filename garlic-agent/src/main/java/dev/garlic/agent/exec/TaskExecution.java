package dev.garlic.agent.exec;

import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.session.RestoredSession;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.UsageTotal;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.config.Config;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs one task in words end to end, the way {@code garlic exec} does: a {@link TaskSession} in a
 * fresh worktree on branch {@code garlic/<id>}, one turn until the model is done, the step limit is
 * hit or the user interrupts. The user's checkout is never touched; {@code garlic apply <id>}
 * brings the change back. Nobody is there to approve: calls the policy would put to a person are
 * denied and the model is told.
 */
public final class TaskExecution {

  /**
   * What a run produced.
   *
   * @param taskId the task's (and session's) id
   * @param branch the branch holding the change; null when the task worked on a copy
   * @param worktree where the worktree (or copy) is
   * @param reason why the turn ended
   * @param summary the model's last answer, or why it stopped
   * @param usage tokens, cost and compute units of the run
   * @param verification the last verification of the run, or null when none ran
   */
  public record Result(
      String taskId,
      @Nullable String branch,
      Path worktree,
      TurnEndReason reason,
      String summary,
      UsageTotal usage,
      Event.@Nullable Verified verification) {

    /**
     * Whether the task is done and trustworthy: the model finished and the verification passed, or
     * no verification was needed because nothing changed or the run was in Reflex mode.
     */
    public boolean succeeded() {
      return reason == TurnEndReason.DONE
          && (verification == null || verification.status().equals("passed"));
    }
  }

  private final Config config;
  private final Map<String, String> env;
  private final Path userHome;
  private final Reporter reporter;

  /**
   * @param config the effective configuration of the repository
   * @param env the environment (API keys are read from it by name)
   * @param userHome the user's home directory (the usage ledger lives under it, or GARLIC_HOME)
   * @param reporter where warnings go
   */
  public TaskExecution(Config config, Map<String, String> env, Path userHome, Reporter reporter) {
    this.config = config;
    this.env = env;
    this.userHome = userHome;
    this.reporter = reporter;
  }

  /**
   * Runs {@code task} in a new worktree of the repository at {@code repo}.
   *
   * @param options the worktree's title, step limit, approvals and budget; calls that need a person
   *     are put to {@link TaskSession.Options#approver()}, which for {@code exec} is {@link
   *     Approver#DENY_ALL}
   * @param events receives every event of the session, in order, on the session's thread
   * @param cancellation cancels the run (the turn ends as interrupted)
   * @throws GarlicException if no model is configured, its key is missing, or {@code repo} is not a
   *     git repository; nothing is created then
   */
  public Result run(
      Path repo,
      String task,
      TaskSession.Options options,
      Consumer<Event> events,
      Cancellation cancellation) {
    try (TaskSession session =
        TaskSession.open(repo, options, config, env, userHome, reporter, events)) {
      return turn(session, task, cancellation);
    }
  }

  /**
   * Continues the session {@code restored} was read from with one more turn for {@code input}, in
   * the same worktree (or copy), with its conversation and totals.
   *
   * @throws GarlicException if the session cannot be continued (its worktree is gone, another
   *     process has it open, no model is configured)
   */
  public Result resume(
      RestoredSession restored,
      String input,
      TaskSession.Options options,
      Consumer<Event> events,
      Cancellation cancellation) {
    restored.warnings().forEach(reporter::warn);
    try (TaskSession session =
        TaskSession.resume(restored, options, config, env, userHome, reporter, events)) {
      return turn(session, input, cancellation);
    }
  }

  private static Result turn(TaskSession session, String input, Cancellation cancellation) {
    Event.TurnComplete end = session.runTurn(input, cancellation);
    return new Result(
        session.place().id(),
        session.place().branch(),
        session.place().path(),
        end.reason(),
        end.summary(),
        session.usage(),
        session.lastVerification().orElse(null));
  }

  /** The first line of the task, shortened: the worktree's title and commit message. */
  public static String title(String task) {
    String first = task.strip().lines().findFirst().orElse("task");
    return first.length() <= 72 ? first : first.substring(0, 71) + "…";
  }
}
