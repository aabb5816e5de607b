package dev.garlic.agent.verify;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest report {@code run_tests} produced in each workspace root, with when it finished, so
 * that the verification gate need not re-run tests the model already ran after its last change.
 * Thread-safe.
 */
public final class TestReportLog {

  /**
   * One logged report.
   *
   * @param report the report
   * @param at when the run finished
   */
  public record Entry(TestReport report, Instant at) {}

  private final Map<Path, Entry> latest = new ConcurrentHashMap<>();
  private final Clock clock;

  public TestReportLog() {
    this(Clock.systemUTC());
  }

  public TestReportLog(Clock clock) {
    this.clock = clock;
  }

  /** Logs {@code report} as the latest of {@code root}. */
  public void record(Path root, TestReport report) {
    latest.put(key(root), new Entry(report, clock.instant()));
  }

  /** The latest report of {@code root}, if any. */
  public Optional<Entry> latest(Path root) {
    return Optional.ofNullable(latest.get(key(root)));
  }

  private static Path key(Path root) {
    return root.toAbsolutePath().normalize();
  }
}
