package dev.garlic.workspace.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node.Parsedness;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Recovers the part of a file before its first syntax error. JavaParser recovers from broken
 * statements but gives up on the whole file when a member declaration is broken (a field without
 * its semicolon, an unbalanced brace between methods). Then the text up to the error line, with its
 * open braces closed, usually parses, so the declarations above the error still reach the index and
 * the engines. Line numbers stay those of the original text.
 */
final class PrefixRecovery {

  /** How many lines above the error to try cutting at, for errors inside multi-line headers. */
  private static final int ATTEMPTS = 3;

  private PrefixRecovery() {}

  /** True when JavaParser gave up on the file and returned an empty compilation unit. */
  static boolean gaveUp(ParseResult<CompilationUnit> result) {
    return result.getResult().map(unit -> unit.getParsed() == Parsedness.UNPARSABLE).orElse(true);
  }

  /**
   * Parses the text before the error that made JavaParser give up (the last problem: parsing stops
   * there), or returns null when no prefix parses.
   */
  static @Nullable ParseResult<CompilationUnit> parsePrefix(
      Supplier<ParserConfiguration> configuration, String text, List<Problem> problems) {
    if (problems.isEmpty()) {
      return null;
    }
    int errorLine = ParseProblems.lineOf(problems.getLast());
    for (int attempt = 0; attempt < ATTEMPTS && errorLine - attempt > 1; attempt++) {
      String prefix = closed(text, startOfLine(text, errorLine - attempt));
      ParseResult<CompilationUnit> result = new JavaParser(configuration.get()).parse(prefix);
      if (!gaveUp(result)) {
        return result;
      }
    }
    return null;
  }

  private static int startOfLine(String text, int line) {
    int offset = 0;
    for (int current = 1; current < line; current++) {
      int newline = text.indexOf('\n', offset);
      if (newline < 0) {
        return text.length();
      }
      offset = newline + 1;
    }
    return offset;
  }

  /** {@code text[0, end)} followed by a brace for every brace still open there. */
  private static String closed(String text, int end) {
    int depth = openBraces(text, end);
    StringBuilder prefix = new StringBuilder(end + depth + 1).append(text, 0, end).append('\n');
    prefix.repeat('}', Math.max(depth, 0));
    return prefix.toString();
  }

  /** Counts braces outside comments, string, character and text-block literals. */
  private static int openBraces(String text, int end) {
    int depth = 0;
    int i = 0;
    while (i < end) {
      char c = text.charAt(i);
      char next = i + 1 < end ? text.charAt(i + 1) : 0;
      if (c == '/' && next == '/') {
        i = skipPast(text, i, "\n", end);
      } else if (c == '/' && next == '*') {
        i = skipPast(text, i + 2, "*/", end);
      } else if (c == '"' && text.startsWith("\"\"\"", i)) {
        i = skipPast(text, i + 3, "\"\"\"", end);
      } else if (c == '"' || c == '\'') {
        i = skipQuoted(text, i, c, end);
      } else {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        i++;
      }
    }
    return depth;
  }

  private static int skipPast(String text, int from, String terminator, int end) {
    int found = text.indexOf(terminator, from);
    return found < 0 || found >= end ? end : found + terminator.length();
  }

  private static int skipQuoted(String text, int open, char quote, int end) {
    for (int i = open + 1; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote || c == '\n') {
        return i + 1;
      }
    }
    return end;
  }
}
