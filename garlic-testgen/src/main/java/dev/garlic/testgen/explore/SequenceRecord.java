package dev.garlic.testgen.explore;

import dev.garlic.testgen.model.TestCase;
import org.jspecify.annotations.Nullable;

/**
 * One line of the child's results file.
 *
 * @param kind {@code start} before a sequence runs (method only), {@code test} for a kept test,
 *     {@code bug} for a contradicted contract, {@code timeout} written by the watchdog just before
 *     it halts and {@code exit} by a shutdown hook when the code under test ends the JVM (both with
 *     the running test, its outcome empty), {@code error} when the class cannot be loaded, {@code
 *     finished} when the budget is spent
 * @param id the sequence
 * @param method the key of the call under test, e.g. {@code withdraw(long)}
 * @param test the test (absent for {@code timeout} and {@code finished})
 * @param origin why it was kept: {@code sequence} (new coverage) or {@code contract}
 * @param nondeterministic whether a second run gave another outcome
 * @param contract the contract text for {@code contract} tests and bugs
 * @param observed for a bug, what happened instead
 * @param executed for {@code finished}, how many sequences ran
 */
record SequenceRecord(
    String kind,
    int id,
    @Nullable String method,
    @Nullable TestCase test,
    @Nullable String origin,
    boolean nondeterministic,
    @Nullable String contract,
    @Nullable String observed,
    int executed) {

  static SequenceRecord start(int id, String method) {
    return new SequenceRecord("start", id, method, null, null, false, null, null, 0);
  }

  /** A sequence that did not end: {@code timeout} (halted by the watchdog) or {@code exit}. */
  static SequenceRecord interrupted(String kind, int id, String method, @Nullable TestCase test) {
    return new SequenceRecord(kind, id, method, test, null, false, null, null, 0);
  }

  static SequenceRecord finished(int id, int executed) {
    return new SequenceRecord("finished", id, null, null, null, false, null, null, executed);
  }
}
