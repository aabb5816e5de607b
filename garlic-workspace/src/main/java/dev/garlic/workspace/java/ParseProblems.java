package dev.garlic.workspace.java;

import com.github.javaparser.ParseException;
import com.github.javaparser.Problem;
import java.util.ArrayList;
import java.util.List;

/** Turns JavaParser's multi-line problem reports into the one-line form Garlic shows. */
final class ParseProblems {

  private static final int MAX_MESSAGE = 160;

  private ParseProblems() {}

  static List<String> lines(List<Problem> problems) {
    if (problems.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      lines.add(line(problem));
    }
    return lines;
  }

  static String line(Problem problem) {
    return "line " + lineOf(problem) + ": " + firstLine(problem.getMessage());
  }

  /**
   * The line of the offending token, 1 when JavaParser does not say. A syntax error's range starts
   * at the last token that was fine, often on the line above, so the exception's next token wins.
   */
  static int lineOf(Problem problem) {
    if (problem.getCause().orElse(null) instanceof ParseException exception
        && exception.currentToken != null
        && exception.currentToken.next != null) {
      return exception.currentToken.next.beginLine;
    }
    return problem
        .getLocation()
        .flatMap(tokens -> tokens.getBegin().getRange())
        .map(range -> range.begin.line)
        .orElse(1);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String first = (newline < 0 ? message : message.substring(0, newline)).strip();
    // JavaParser lists every token it would have accepted; the list is noise in a one-line report.
    int expected = first.indexOf(", expected one of");
    if (expected > 0) {
      first = first.substring(0, expected);
    }
    return first.length() <= MAX_MESSAGE ? first : first.substring(0, MAX_MESSAGE) + "...";
  }
}
