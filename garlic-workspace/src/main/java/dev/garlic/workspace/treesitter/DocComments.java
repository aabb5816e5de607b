package dev.garlic.workspace.treesitter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The comments of one file, to find the documentation of a definition: the comments right above the
 * line it starts on (looking past attributes and decorators), reduced to their first sentence.
 */
final class DocComments {

  private static final int MAX_LENGTH = 200;
  private static final Pattern COMMENT_MARKS =
      Pattern.compile("(?m)^\\s*(/\\*+|\\*+/|\\*|///?|//!|#+|--|\"\"\"|''')");
  private static final Pattern TAG_LINE = Pattern.compile("(?m)^\\s*@\\w");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
  private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final SourceText source;
  private final List<Captures.Trivia> trivia;

  /**
   * @param trivia comments and skipped nodes sorted by end offset
   */
  DocComments(SourceText source, List<Captures.Trivia> trivia) {
    this.source = source;
    this.trivia = trivia;
  }

  /** The doc of a definition whose declaration starts at {@code start}, or null. */
  @Nullable String above(int start) {
    Deque<String> comments = new ArrayDeque<>();
    int anchor = start;
    int i = lastEndingBefore(anchor);
    while (i >= 0) {
      Captures.Trivia before = trivia.get(i);
      if (!source.isAdjacent(before.end(), anchor)
          || (before.comment() && source.lineIndent(before.start()) != before.start())) {
        break;
      }
      if (before.comment()) {
        comments.addFirst(source.slice(before.start(), before.end()));
      }
      anchor = before.start();
      i--;
    }
    return comments.isEmpty() ? null : firstSentence(String.join("\n", comments));
  }

  /** Where the first comment inside {@code from..to} starts, or {@code to}. */
  int firstCommentWithin(int from, int to) {
    int i = lastEndingBefore(to);
    int first = to;
    while (i >= 0 && trivia.get(i).end() > from) {
      Captures.Trivia t = trivia.get(i);
      if (t.comment() && t.start() >= from) {
        first = Math.min(first, t.start());
      }
      i--;
    }
    return first;
  }

  /** The index of the last trivia that ends at or before {@code offset}, or -1. */
  private int lastEndingBefore(int offset) {
    int low = 0;
    int high = trivia.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (trivia.get(mid).end() <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The first sentence of a comment or docstring, without comment markers and markup. */
  static @Nullable String firstSentence(String comment) {
    String text = COMMENT_MARKS.matcher(comment).replaceAll(" ");
    text = text.replace("*/", " ").replace("\"\"\"", " ").replace("'''", " ");
    var tag = TAG_LINE.matcher(text);
    text = tag.find() ? text.substring(0, tag.start()) : text;
    var paragraphEnd = PARAGRAPH_BREAK.matcher(text.strip());
    text = paragraphEnd.find() ? text.strip().substring(0, paragraphEnd.start()) : text;
    text = TAGS.matcher(text).replaceAll(" ");
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    int end = sentenceEnd(text);
    text = end > 0 ? text.substring(0, end) : text;
    if (text.isEmpty()) {
      return null;
    }
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  private static int sentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return -1;
  }
}
