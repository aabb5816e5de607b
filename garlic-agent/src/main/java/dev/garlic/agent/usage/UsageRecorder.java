package dev.garlic.agent.usage;

import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.protocol.usage.UsageEntry;
import dev.garlic.protocol.usage.UsageKind;
import dev.garlic.protocol.usage.UsageTotal;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Meters one run: turns each model call, tool execution and piece of engine work into a {@link
 * UsageEntry} (cost and compute units included), appends it to the ledger and keeps the run's
 * total. The ledger is bookkeeping, not the work: if it cannot be opened or written, the run goes
 * on, the reporter gets one warning, and the run's total stays right. Thread-safe.
 */
public final class UsageRecorder implements AutoCloseable {

  private final UsageLedger ledger;
  private final Reporter reporter;
  private final String sessionId;
  private final @Nullable String taskId;
  private final ComputeUnits units;
  private final Clock clock;
  private final AtomicReference<Amounts> total = new AtomicReference<>(Amounts.ZERO);
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * @param ledger where entries go; closed by {@link #close()}
   * @param reporter gets a warning the first time the ledger fails
   * @param sessionId the session every entry belongs to
   * @param taskId the task every entry belongs to, or null
   */
  public UsageRecorder(
      UsageLedger ledger,
      Reporter reporter,
      String sessionId,
      @Nullable String taskId,
      ComputeUnits units,
      Clock clock) {
    this.ledger = ledger;
    this.reporter = reporter;
    this.sessionId = sessionId;
    this.taskId = taskId;
    this.units = units;
    this.clock = clock;
  }

  /**
   * A recorder on the SQLite ledger in {@code file} with the standard formula; if the file cannot
   * be opened, warns once and meters the run in memory only.
   */
  public static UsageRecorder open(
      Path file, Reporter reporter, String sessionId, @Nullable String taskId) {
    UsageLedger ledger;
    try {
      ledger = SqliteUsageLedger.open(file);
    } catch (GarlicException e) {
      reporter.warn("usage is not being recorded: " + e.getMessage());
      ledger = UsageLedger.DISCARD;
    }
    return new UsageRecorder(
        ledger, reporter, sessionId, taskId, ComputeUnits.STANDARD, Clock.systemUTC());
  }

  /** Records a model call whose cost the caller priced. */
  public UsageEntry modelCall(
      String provider, String model, TokenUsage tokens, double costUsd, double seconds) {
    return record(
        UsageKind.MODEL_CALL,
        provider,
        model,
        null,
        tokens,
        costUsd,
        units.forTokens(tokens),
        seconds);
  }

  /** Records a model call priced at {@code price}. */
  public UsageEntry modelCall(
      String provider, String model, TokenUsage tokens, ModelPrice price, double seconds) {
    return modelCall(provider, model, tokens, price.usd(tokens), seconds);
  }

  /** Records a tool execution ({@code shell}, {@code run_tests}) that took {@code seconds}. */
  public UsageEntry tool(String name, double seconds) {
    return record(
        UsageKind.TOOL, null, null, name, TokenUsage.ZERO, 0, units.forTool(seconds), seconds);
  }

  /** Records {@code seconds} of work by the engine named {@code engine}. */
  public UsageEntry engine(String engine, double seconds) {
    return record(
        UsageKind.ENGINE,
        null,
        null,
        engine,
        TokenUsage.ZERO,
        0,
        units.forEngine(engine, seconds),
        seconds);
  }

  /** What this recorder has metered so far, whether or not the ledger kept it. */
  public UsageTotal total() {
    return total.get().total();
  }

  @Override
  public void close() {
    ledger.close();
  }

  private UsageEntry record(
      UsageKind kind,
      @Nullable String provider,
      @Nullable String model,
      @Nullable String name,
      TokenUsage tokens,
      double costUsd,
      double computeUnits,
      double seconds) {
    UsageEntry entry =
        new UsageEntry(
            clock.instant(),
            sessionId,
            taskId,
            kind,
            provider,
            model,
            name,
            tokens,
            costUsd,
            computeUnits,
            seconds);
    total.accumulateAndGet(Amounts.of(entry), Amounts::plus);
    try {
      ledger.append(entry);
    } catch (GarlicException e) {
      if (warned.compareAndSet(false, true)) {
        reporter.warn("usage is not being recorded: " + e.getMessage());
      }
    }
    return entry;
  }
}
