package dev.garlic.workspace.treesitter;

import java.util.regex.Pattern;

/**
 * The one-line signature of a definition: its source from where its line starts (so that {@code
 * export}, {@code const} or Go's {@code type} come along) up to its body, on one line.
 */
final class DeclarationText {

  private static final int MAX_LENGTH = 200;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private DeclarationText() {}

  /**
   * The signature of the definition {@code start..end} whose declaration begins at {@code
   * declarationStart} and whose body, if any, starts at {@code bodyStart} (-1 for none).
   */
  static String signature(
      SourceText source,
      DocComments comments,
      int declarationStart,
      int start,
      int end,
      int bodyStart) {
    int stop =
        bodyStart > start ? Math.min(bodyStart, end) : Math.min(source.endOfLine(start), end);
    stop = comments.firstCommentWithin(declarationStart, stop);
    String text = WHITESPACE.matcher(source.slice(declarationStart, stop)).replaceAll(" ").strip();
    text = stripTrailing(text);
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  private static String stripTrailing(String text) {
    String result = text;
    while (!result.isEmpty() && "{:=;".indexOf(result.charAt(result.length() - 1)) >= 0) {
      result = result.substring(0, result.length() - 1).stripTrailing();
    }
    return result;
  }
}
