package dev.garlic.agent.session;

import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One session as listed: what it is, when it last changed, how far it got and what it cost.
 *
 * @param id the session id
 * @param created when it started
 * @param updated when its log was last written
 * @param title its one-line title
 * @param repoRoot the repository it was started in
 * @param worktree the worktree it works in; null if none
 * @param branch the branch of that worktree; null if none
 * @param model the model, as {@code provider/model-id}
 * @param turns how many turns were started
 * @param state where it stands
 * @param lastReason why the last completed turn ended; null if none completed
 * @param endedReason why the session ended; null if it did not record an end
 * @param tokens its tokens so far
 * @param costUsd its cost so far in US dollars
 * @param file its log
 */
public record SessionSummary(
    String id,
    Instant created,
    Instant updated,
    String title,
    Path repoRoot,
    @Nullable Path worktree,
    @Nullable String branch,
    String model,
    int turns,
    SessionState state,
    @Nullable TurnEndReason lastReason,
    @Nullable String endedReason,
    TokenUsage tokens,
    double costUsd,
    Path file) {

  /** The summary of {@code session}, last written at {@code updated}; {@code running} if open. */
  static SessionSummary of(RestoredSession session, Instant updated, boolean running) {
    SessionMeta meta = session.meta();
    SessionState state;
    if (running) {
      state = SessionState.RUNNING;
    } else if (session.lastTurnIncomplete()) {
      state = SessionState.INCOMPLETE;
    } else if (session.turns() == 0) {
      state = SessionState.NEW;
    } else {
      state = SessionState.IDLE;
    }
    return new SessionSummary(
        meta.id(),
        meta.created(),
        updated,
        meta.title(),
        meta.repoRoot(),
        meta.worktree(),
        meta.branch(),
        meta.model(),
        session.turns(),
        state,
        session.lastReason(),
        session.endedReason(),
        session.tokens(),
        session.costUsd(),
        session.file());
  }
}
