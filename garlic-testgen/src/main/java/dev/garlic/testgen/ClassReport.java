package dev.garlic.testgen;

import dev.garlic.testgen.model.Coverage;
import dev.garlic.testgen.model.DropReason;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code garlic test} did for one class.
 *
 * @param className the fully qualified class name
 * @param skipped why nothing was generated (no public API, an abstract type without
 *     implementations, an existing test file without {@code --force}); null when it was
 * @param testFile the generated test file relative to the workspace root (or absolute when outside
 *     it); null when nothing was (or, in a dry run, would be) written
 * @param written how many tests were kept (rows of a parameterized test count one each)
 * @param dropped how many tests were dropped, by reason
 * @param drops each dropped test with its reason and one line of detail
 * @param before line and branch coverage of the class by the project's existing tests
 * @param after the same with the kept tests added; equal to {@code before} when none was kept
 * @param mutationScore PIT's score of the generated tests, 0 to 1; null when not asked or it failed
 * @param bugs behaviour contradicting the documented contract, never written as passing tests
 * @param notes what limited the work (no implementation of an interface, PIT's failure)
 * @param millis wall time spent on the class
 * @param source the verified test class's text (also in a dry run); null when no test was kept
 */
public record ClassReport(
    String className,
    @Nullable String skipped,
    @Nullable String testFile,
    int written,
    Map<DropReason, Integer> dropped,
    List<Drop> drops,
    @Nullable Coverage before,
    @Nullable Coverage after,
    @Nullable Double mutationScore,
    List<Bug> bugs,
    List<String> notes,
    long millis,
    @Nullable String source) {

  /** One dropped test: its description, why, and one line of detail. */
  public record Drop(String test, DropReason reason, String detail) {}

  /** A suspected bug: the method, its contract and what was observed instead. */
  public record Bug(String method, String contract, String observed) {}

  public ClassReport {
    dropped = Map.copyOf(dropped);
    drops = List.copyOf(drops);
    bugs = List.copyOf(bugs);
    notes = List.copyOf(notes);
  }

  /** A class for which nothing was generated, and why. */
  static ClassReport skipped(String className, String reason, long millis) {
    return new ClassReport(
        className, reason, null, 0, Map.of(), List.of(), null, null, null, List.of(), List.of(),
        millis, null);
  }

  /** How many tests were dropped, for any reason. */
  public int droppedTotal() {
    return dropped.values().stream().mapToInt(Integer::intValue).sum();
  }
}
