package dev.garlic.protocol.usage;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the usage ledger: what one model call, tool execution or piece of engine work used.
 * Entries are never changed once written.
 *
 * @param time when the work ended
 * @param sessionId the agent session it belongs to
 * @param taskId the task within the session, or null for work outside any task
 * @param kind what was metered
 * @param provider the model provider ({@code openai}, {@code anthropic}); null unless a model call
 * @param model the model id; null unless a model call
 * @param name the tool ({@code shell}) or engine ({@code debug}) name; null for a model call
 * @param tokens the tokens exactly as the provider reported them; {@link TokenUsage#ZERO} for tools
 *     and engines
 * @param costUsd what it cost in US dollars, as priced when it happened
 * @param computeUnits the compute units it used, as computed when it happened
 * @param seconds wall-clock duration
 */
public record UsageEntry(
    Instant time,
    String sessionId,
    @Nullable String taskId,
    UsageKind kind,
    @Nullable String provider,
    @Nullable String model,
    @Nullable String name,
    TokenUsage tokens,
    double costUsd,
    double computeUnits,
    double seconds) {

  public UsageEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tokens, "tokens");
    requireAmount(costUsd, "costUsd");
    requireAmount(computeUnits, "computeUnits");
    requireAmount(seconds, "seconds");
  }

  private static void requireAmount(double value, String what) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite amount >= 0, not " + value);
    }
  }
}
