package dev.garlic.testgen.mutation;

import java.util.List;

/**
 * What PIT found for a set of target classes and tests.
 *
 * @param killed mutants a test detected by failing
 * @param survived mutants that ran under tests and were not detected
 * @param noCoverage mutants in code no test ran
 * @param timedOut mutants that made a test run past its timeout (counted as detected, as PIT does)
 * @param other mutants ending otherwise (memory or run errors, non-viable), counted in the total
 * @param total all mutants
 * @param survivors the undetected mutants (survived or not covered), for reports and Deep mode
 */
public record MutationReport(
    int killed,
    int survived,
    int noCoverage,
    int timedOut,
    int other,
    int total,
    List<Mutant> survivors) {

  /** One mutant: where it is and what PIT changed, e.g. {@code "negated conditional"}. */
  public record Mutant(String className, String method, int line, String mutator, String change) {}

  public MutationReport {
    survivors = List.copyOf(survivors);
  }

  /** Detected (killed or timed out) over all mutants, 0 to 1; 1 when there are none. */
  public double score() {
    return total == 0 ? 1 : (double) (killed + timedOut) / total;
  }
}
