package dev.garlic.workspace.treesitter;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.treesitter.TSNode;

/** The lines where tree-sitter met text it could not parse (ERROR) or had to invent (MISSING). */
final class SyntaxProblems {

  static final int MAX_PROBLEMS = 20;

  private SyntaxProblems() {}

  /** One {@code line N: syntax error} per affected line, at most {@link #MAX_PROBLEMS}. */
  static List<String> of(TSNode root, SourceText source) {
    if (!root.hasError()) {
      return List.of();
    }
    TreeSet<Integer> lines = new TreeSet<>();
    collect(root, source, lines);
    List<String> problems = new ArrayList<>();
    for (int line : lines) {
      if (problems.size() == MAX_PROBLEMS) {
        break;
      }
      problems.add("line " + line + ": syntax error");
    }
    return problems;
  }

  private static void collect(TSNode node, SourceText source, TreeSet<Integer> lines) {
    if (node.isMissing()) {
      lines.add(source.line(node.getStartByte()));
      return;
    }
    if (node.isError()) {
      collectError(node, source, lines);
      return;
    }
    int count = node.getChildCount();
    for (int i = 0; i < count && lines.size() < MAX_PROBLEMS; i++) {
      TSNode child = node.getChild(i);
      if (child.hasError() || child.isMissing()) {
        collect(child, source, lines);
      }
    }
  }

  /**
   * Where an error region goes wrong: tree-sitter may wrap a whole file in one ERROR node whose
   * first children are complete definitions, so the line is that of the first child that is not.
   */
  private static void collectError(TSNode error, SourceText source, TreeSet<Integer> lines) {
    int count = error.getChildCount();
    for (int i = 0; i < count; i++) {
      TSNode child = error.getChild(i);
      if (child.isNamed() && !child.hasError() && !child.isMissing()) {
        continue;
      }
      if (child.hasError() && !child.isError() && !child.isMissing()) {
        collect(child, source, lines);
      } else {
        lines.add(source.line(child.getStartByte()));
      }
      return;
    }
    lines.add(source.line(error.getStartByte()));
  }
}
