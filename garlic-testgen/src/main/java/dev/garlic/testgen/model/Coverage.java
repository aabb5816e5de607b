package dev.garlic.testgen.model;

import java.util.List;

/**
 * Line and branch coverage of one class.
 *
 * @param className the fully qualified name
 * @param linesCovered lines with at least one instruction executed
 * @param lines lines with instructions
 * @param branchesCovered branch outcomes taken
 * @param branches branch outcomes
 * @param missedLines the line numbers not executed, ascending, for Deep mode and reports
 */
public record Coverage(
    String className,
    int linesCovered,
    int lines,
    int branchesCovered,
    int branches,
    List<Integer> missedLines) {

  public Coverage {
    missedLines = List.copyOf(missedLines);
  }

  /** Covered lines over all lines, 0 to 1 (1 for a class without lines). */
  public double lineRatio() {
    return lines == 0 ? 1 : (double) linesCovered / lines;
  }

  /** Covered branch outcomes over all of them, 0 to 1 (1 for a class without branches). */
  public double branchRatio() {
    return branches == 0 ? 1 : (double) branchesCovered / branches;
  }
}
