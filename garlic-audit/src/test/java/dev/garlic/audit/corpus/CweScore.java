package dev.garlic.audit.corpus;

/**
 * The counts of one CWE over the corpus and the rates derived from them. A rate whose denominator
 * is zero is {@link Double#NaN}.
 *
 * @param cwe the CWE ({@code CWE-89})
 * @param truePositives marked lines of this CWE that got a finding of it
 * @param falsePositives lines that got a finding of this CWE without being marked with it
 * @param falseNegatives marked lines of this CWE that got no finding of it
 * @param trueNegatives {@code none} lines of this CWE's cases that got no finding of it
 */
record CweScore(
    String cwe, int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

  CweScore plus(Outcome outcome) {
    return switch (outcome) {
      case TRUE_POSITIVE ->
          new CweScore(cwe, truePositives + 1, falsePositives, falseNegatives, trueNegatives);
      case FALSE_POSITIVE ->
          new CweScore(cwe, truePositives, falsePositives + 1, falseNegatives, trueNegatives);
      case FALSE_NEGATIVE ->
          new CweScore(cwe, truePositives, falsePositives, falseNegatives + 1, trueNegatives);
      case TRUE_NEGATIVE ->
          new CweScore(cwe, truePositives, falsePositives, falseNegatives, trueNegatives + 1);
    };
  }

  /** TP / (TP + FP). */
  double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** TP / (TP + FN); the same as the true-positive rate. */
  double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** TP / (TP + FN). */
  double truePositiveRate() {
    return recall();
  }

  /** FP / (FP + TN). */
  double falsePositiveRate() {
    return ratio(falsePositives, falsePositives + trueNegatives);
  }

  /** The number of marked lines of this CWE: TP + FN. */
  int positives() {
    return truePositives + falseNegatives;
  }

  /** The number of {@code none} lines of this CWE's cases plus the false alarms: TN + FP. */
  int negatives() {
    return trueNegatives + falsePositives;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }

  /** How one (line, CWE) pair of the corpus came out. */
  enum Outcome {
    TRUE_POSITIVE,
    FALSE_POSITIVE,
    FALSE_NEGATIVE,
    TRUE_NEGATIVE
  }
}
