package dev.garlic.index.rank;

import java.util.Arrays;

/**
 * Personalised PageRank over a weighted directed graph in compressed sparse row form. Rank that
 * leaves a node without out-edges, and the teleport share of every step, go back to the nodes in
 * proportion to the personalisation vector, so a seeded run stays near its seeds.
 */
final class PageRank {

  static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 60;
  private static final double TOLERANCE = 1e-9;

  private PageRank() {}

  /**
   * The stationary ranks (summing to 1).
   *
   * @param start {@code start[i]..start[i+1]} index the out-edges of node {@code i}
   * @param target the target node of each edge
   * @param weight the non-negative weight of each edge
   * @param teleport where random jumps land; need not be normalised; all zero means uniform
   */
  static double[] compute(int[] start, int[] target, double[] weight, double[] teleport) {
    int n = start.length - 1;
    double[] jump = normalised(teleport, n);
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) {
      for (int e = start[i]; e < start[i + 1]; e++) {
        outWeight[i] += weight[e];
      }
    }
    double[] rank = jump.clone();
    double[] next = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double lost = 0;
      Arrays.fill(next, 0);
      for (int i = 0; i < n; i++) {
        if (outWeight[i] == 0) {
          lost += rank[i];
          continue;
        }
        double share = DAMPING * rank[i] / outWeight[i];
        for (int e = start[i]; e < start[i + 1]; e++) {
          next[target[e]] += share * weight[e];
        }
      }
      double back = (1 - DAMPING) + DAMPING * lost;
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] += back * jump[i];
        change += Math.abs(next[i] - rank[i]);
      }
      double[] swap = rank;
      rank = next;
      next = swap;
      if (change < TOLERANCE) {
        break;
      }
    }
    return rank;
  }

  private static double[] normalised(double[] teleport, int n) {
    double sum = 0;
    for (double v : teleport) {
      sum += v;
    }
    double[] jump = new double[n];
    for (int i = 0; i < n; i++) {
      jump[i] = sum > 0 ? teleport[i] / sum : 1.0 / n;
    }
    return jump;
  }
}
