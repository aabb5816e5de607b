package dev.garlic.index.rank;

import dev.garlic.protocol.code.SymbolDef;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranks files by personalised PageRank over the reference graph, then hands each file's rank on to
 * the definitions it uses, in proportion to how much it uses each (as Aider does), so a definition
 * matters when important files use it. Every definition also keeps a small share of its own file's
 * rank, so types of important files show up even when nothing names them. Immutable.
 */
final class DefinitionRanking {

  /** The share of teleport mass that goes to focus files when there are any. */
  static final double FOCUS_MASS = 0.9;

  /** How much more a definition whose name is in focus counts. */
  static final double MENTION_BOOST = 10;

  private static final double OWN_SHARE = 0.05;

  private final double[] fileRank;
  private final int[] order;

  private DefinitionRanking(double[] fileRank, int[] order) {
    this.fileRank = fileRank;
    this.order = order;
  }

  /** The PageRank of file {@code file}. */
  double fileRank(int file) {
    return fileRank[file];
  }

  /** How many definitions are ranked. */
  int size() {
    return order.length;
  }

  /** The id of the definition at {@code position} (0 is the most important). */
  int at(int position) {
    return order[position];
  }

  static DefinitionRanking of(SymbolGraph graph, Focus focus) {
    int n = graph.fileCount();
    double[] teleport = new double[n];
    if (focus.files().isEmpty()) {
      Arrays.fill(teleport, 1.0);
    } else {
      Arrays.fill(teleport, (1 - FOCUS_MASS) / n);
      for (int f : focus.files()) {
        teleport[f] += FOCUS_MASS / focus.files().size();
      }
    }
    double[] fileRank =
        n == 0
            ? new double[0]
            : PageRank.compute(graph.edgeStart, graph.edgeTarget, graph.edgeWeight, teleport);
    double[] defRank = definitionRanks(graph, fileRank, focus);
    int[] order =
        IntStream.range(0, defRank.length)
            .boxed()
            .sorted(
                Comparator.<Integer>comparingDouble(d -> -defRank[d])
                    .thenComparingInt(Integer::intValue))
            .mapToInt(Integer::intValue)
            .toArray();
    return new DefinitionRanking(fileRank, order);
  }

  private static double[] definitionRanks(SymbolGraph graph, double[] fileRank, Focus focus) {
    int defCount = graph.defs.size();
    double[] outUse = new double[graph.fileCount()];
    for (int k = 0; k < graph.useFile.length; k++) {
      outUse[graph.useFile[k]] += graph.useWeight[k];
    }
    double[] defRank = new double[defCount];
    for (int k = 0; k < graph.useFile.length; k++) {
      int file = graph.useFile[k];
      defRank[graph.useDef[k]] += fileRank[file] * graph.useWeight[k] / outUse[file];
    }
    int[] defsInFile = new int[graph.fileCount()];
    for (int d = 0; d < defCount; d++) {
      defsInFile[graph.fileOf(d)]++;
    }
    for (int d = 0; d < defCount; d++) {
      SymbolDef def = graph.defs.get(d);
      int file = graph.fileOf(d);
      double kind = def.kind().isType() ? 1.0 : def.kind().isCallable() ? 0.3 : 0.1;
      defRank[d] += fileRank[file] * OWN_SHARE * kind / defsInFile[file];
      if (focus.mentions(def)) {
        defRank[d] *= MENTION_BOOST;
      }
    }
    return defRank;
  }
}
