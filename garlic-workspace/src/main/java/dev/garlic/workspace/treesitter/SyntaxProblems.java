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
  static List<String> of(TSNode root) {
    if (!root.hasError()) {
      return List.of();
    }
    TreeSet<Integer> lines = new TreeSet<>();
    collect(root, lines);
    List<String> problems = new ArrayList<>();
    for (int line : lines) {
      if (problems.size() == MAX_PROBLEMS) {
        break;
      }
      problems.add("line " + line + ": syntax error");
    }
    return problems;
  }

  private static void collect(TSNode node, TreeSet<Integer> lines) {
    if (node.isError() || node.isMissing()) {
      lines.add(SourceText.line(node));
      // The first line of an error region is the useful one; its inside is more of the same.
      return;
    }
    int count = node.getChildCount();
    for (int i = 0; i < count && lines.size() < MAX_PROBLEMS; i++) {
      TSNode child = node.getChild(i);
      if (child.hasError() || child.isMissing()) {
        collect(child, lines);
      }
    }
  }
}
