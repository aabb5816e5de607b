package dev.garlic.workspace.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.Arrays;
import java.util.List;

/**
 * The text of one file with a line table, so that declaration headers can be cut out of the source
 * exactly as written instead of being re-printed from the tree.
 */
final class SourceText {

  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  /** The offset of a JavaParser position (1-based line and column, tabs counting one). */
  int offset(Position position) {
    int line = Math.min(Math.max(position.line, 1), lineStarts.length);
    return Math.min(lineStarts[line - 1] + Math.max(position.column, 1) - 1, text.length());
  }

  int begin(Node node) {
    return node.getRange().map(r -> offset(r.begin)).orElse(0);
  }

  /** The offset just after the node's last character. */
  int end(Node node) {
    return node.getRange().map(r -> offset(r.end) + 1).orElse(0);
  }

  /**
   * The offset of the first {@code open} at parenthesis depth 0 in {@code [from, to)}, or {@code
   * to}: where a type's or enum constant's body starts.
   */
  int firstAtDepthZero(char open, int from, int to) {
    int depth = 0;
    for (int i = from; i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == open && depth <= 0) {
        return i;
      }
    }
    return to;
  }

  /**
   * The text of {@code [from, to)} on one line: annotations inside the span left out, whitespace
   * runs collapsed to one space, a trailing {@code ;} dropped.
   */
  String oneLine(int from, int to, List<AnnotationExpr> skipped) {
    StringBuilder out = new StringBuilder(Math.max(16, to - from));
    int position = from;
    for (AnnotationExpr annotation : skipped) {
      int start = begin(annotation);
      if (start >= position && start < to) {
        appendCollapsed(out, position, start);
        position = end(annotation);
      }
    }
    appendCollapsed(out, position, to);
    int length = out.length();
    while (length > 0 && (out.charAt(length - 1) == ' ' || out.charAt(length - 1) == ';')) {
      length--;
    }
    out.setLength(length);
    return out.toString();
  }

  /**
   * Appends {@code [from, to)} with whitespace runs collapsed, comments left out (a comment between
   * an annotation and the declaration is not part of its header), no space just inside parentheses,
   * and string and character literals copied as written.
   */
  private void appendCollapsed(StringBuilder out, int from, int to) {
    int limit = Math.min(to, text.length());
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '/') {
        i = skipTo("\n", i, limit) - 1;
        space(out);
      } else if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '*') {
        i = skipTo("*/", i + 2, limit) + 1;
        space(out);
      } else if (c == '"' || c == '\'') {
        i = copyLiteral(out, c, i, limit);
      } else if (Character.isWhitespace(c)) {
        space(out);
      } else {
        if (c == ')' && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        out.append(c);
      }
    }
  }

  private static void space(StringBuilder out) {
    if (!out.isEmpty()
        && out.charAt(out.length() - 1) != ' '
        && out.charAt(out.length() - 1) != '(') {
      out.append(' ');
    }
  }

  /** The offset of the first {@code marker} at or after {@code from}, or {@code limit}. */
  private int skipTo(String marker, int from, int limit) {
    int at = text.indexOf(marker, from);
    return at < 0 || at >= limit ? limit : at;
  }

  /** Copies a literal that opens with {@code quote} at {@code start}; returns its last offset. */
  private int copyLiteral(StringBuilder out, char quote, int start, int limit) {
    out.append(quote);
    int i = start + 1;
    for (; i < limit; i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '\\' && i + 1 < limit) {
        out.append(text.charAt(++i));
      } else if (c == quote) {
        break;
      }
    }
    return i;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }
}
