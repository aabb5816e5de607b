package dev.garlic.index.rank;

/**
 * Gives a share of the task's evidence to the neighbours of strong candidates in the reference
 * graph, callers and callees alike: a PageRank over the undirected file graph, personalised by the
 * direct evidence, so files next to several candidates gain most.
 */
final class Neighbourhood {

  private Neighbourhood() {}

  static void score(SymbolGraph graph, double[] direct, Evidence evidence) {
    int n = graph.fileCount();
    double seeds = 0;
    for (double d : direct) {
      seeds += d;
    }
    if (seeds == 0 || graph.edgeTarget.length == 0) {
      return;
    }
    int[] degree = new int[n];
    for (int i = 0; i < n; i++) {
      for (int e = graph.edgeStart[i]; e < graph.edgeStart[i + 1]; e++) {
        degree[i]++;
        degree[graph.edgeTarget[e]]++;
      }
    }
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + degree[i];
    }
    int[] fill = start.clone();
    int[] target = new int[start[n]];
    double[] weight = new double[start[n]];
    for (int i = 0; i < n; i++) {
      for (int e = graph.edgeStart[i]; e < graph.edgeStart[i + 1]; e++) {
        int j = graph.edgeTarget[e];
        target[fill[i]] = j;
        weight[fill[i]++] = graph.edgeWeight[e];
        target[fill[j]] = i;
        weight[fill[j]++] = graph.edgeWeight[e];
      }
    }
    double[] rank = PageRank.compute(start, target, weight, direct);
    for (int f = 0; f < n; f++) {
      // What a seed keeps of its own teleport mass is not evidence about its neighbourhood.
      double gained = rank[f] - (1 - PageRank.DAMPING) * direct[f] / seeds;
      if (gained > 0 && direct[f] == 0) {
        evidence.add(Signal.GRAPH, f, gained, "uses or is used by files the task points at");
      } else if (gained > 0) {
        evidence.add(Signal.GRAPH, f, gained, "near other files the task points at");
      }
    }
  }
}
