package dev.garlic.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of measured durations. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** The nearest-rank percentile {@code p} (0-100) of {@code values}. */
  static double percentile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static String ms(double millis) {
    return millis < 10 ? String.format("%.2f ms", millis) : String.format("%.0f ms", millis);
  }

  static String list(List<Double> values) {
    return Arrays.toString(values.stream().mapToLong(Math::round).toArray());
  }
}
