package dev.garlic.agent.session;

import dev.garlic.agent.tools.Plan;
import dev.garlic.llm.Message;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session read back from its log, ready to continue: hand {@link #conversation()} to the loop and
 * {@link SessionLog#resume(RestoredSession, dev.garlic.spi.Reporter)} the log.
 *
 * @param file the log it was read from
 * @param meta what the session is
 * @param conversation the conversation after every reset, in which every tool call has a result:
 *     calls that never ran (the process stopped first) are answered with {@link
 *     SessionReplay#NOT_RUN} as errors, because providers reject calls without results
 * @param repairs those synthetic results that belong at the end of the conversation and are not in
 *     the log yet; {@link SessionLog#resume} writes them
 * @param plan the last plan the model recorded with {@code update_plan}; null if none
 * @param tokens the session's tokens so far, from the last {@code usage_update}
 * @param costUsd the session's cost so far in US dollars, from the last {@code usage_update}
 * @param turns how many turns were started
 * @param lastTurnIncomplete true if the last turn started and never completed (the process was
 *     stopped, or is still running it)
 * @param lastReason why the last completed turn ended; null if no turn completed
 * @param lastSeq the sequence number of the last event; a resumed session continues after it
 * @param endedReason why the session ended, from its {@code ended} record; null if it has none
 * @param validBytes the length of the log up to its last intact record
 * @param fileBytes the length of the log when it was read
 * @param warnings what was left out of a damaged log, one line each
 */
public record RestoredSession(
    Path file,
    SessionMeta meta,
    List<Message> conversation,
    List<Message> repairs,
    @Nullable Plan plan,
    TokenUsage tokens,
    double costUsd,
    int turns,
    boolean lastTurnIncomplete,
    @Nullable TurnEndReason lastReason,
    long lastSeq,
    @Nullable String endedReason,
    long validBytes,
    long fileBytes,
    List<String> warnings) {

  public RestoredSession {
    conversation = List.copyOf(conversation);
    repairs = List.copyOf(repairs);
    warnings = List.copyOf(warnings);
  }
}
