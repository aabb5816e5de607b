package dev.garlic.workspace.java;

import org.jspecify.annotations.Nullable;

/**
 * The summary of a Javadoc comment as plain text: its first sentence, with leading stars, block
 * tags, HTML tags and inline-tag braces removed, at most {@value #MAX_LENGTH} characters.
 */
final class FirstSentence {

  static final int MAX_LENGTH = 200;

  private FirstSentence() {}

  /** The summary of a Javadoc body (the text between its delimiters), or null when empty. */
  static @Nullable String of(String content) {
    String plain = plainText(mainDescription(content));
    int end = sentenceEnd(plain);
    String sentence = plain.substring(0, end).strip();
    if (sentence.isEmpty()) {
      return null;
    }
    return sentence.length() <= MAX_LENGTH
        ? sentence
        : sentence.substring(0, MAX_LENGTH - 3).stripTrailing() + "...";
  }

  /** The text before the first block tag, each line without its leading {@code *}. */
  private static String mainDescription(String content) {
    StringBuilder out = new StringBuilder(content.length());
    for (String line : content.split("\n", -1)) {
      String stripped = line.strip();
      while (stripped.startsWith("*")) {
        stripped = stripped.substring(1);
      }
      stripped = stripped.strip();
      if (stripped.startsWith("@")) {
        break;
      }
      out.append(stripped).append(' ');
    }
    return out.toString();
  }

  /** Inline tags replaced by their text, HTML tags dropped, entities decoded, spaces collapsed. */
  private static String plainText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '@') {
        int close = matchingBrace(text, i);
        out.append(inlineTagText(text.substring(i + 2, close)));
        i = close + 1;
      } else if (c == '<' && i + 1 < text.length() && isTagStart(text.charAt(i + 1))) {
        int close = text.indexOf('>', i);
        i = close < 0 ? text.length() : close + 1;
      } else {
        appendCollapsed(out, c);
        i++;
      }
    }
    return out.toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }

  private static boolean isTagStart(char c) {
    return Character.isLetter(c) || c == '/' || c == '!';
  }

  private static void appendCollapsed(StringBuilder out, char c) {
    if (!Character.isWhitespace(c)) {
      out.append(c);
    } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length() - 1;
  }

  /** {@code code x} gives x, {@code link Foo#bar label} gives label, {@code inheritDoc} nothing. */
  private static String inlineTagText(String tag) {
    int space = indexOfWhitespace(tag);
    if (space < 0) {
      return "";
    }
    String name = tag.substring(0, space);
    String body = tag.substring(space + 1).strip();
    if (name.equals("link") || name.equals("linkplain") || name.equals("see")) {
      int label = indexOfWhitespace(body);
      return label < 0 ? body : body.substring(label + 1).strip();
    }
    return body;
  }

  /** The first white space outside parentheses: {@code #m(int, String) label} splits at label. */
  private static int indexOfWhitespace(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth <= 0 && Character.isWhitespace(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Javadoc's rule: the first period followed by white space or the end. */
  private static int sentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return text.length();
  }
}
