package dev.garlic.agent.context;

import org.jspecify.annotations.Nullable;

/**
 * Blanks out the comments (and, if asked, the insides of string literals) of source text, keeping
 * every other character and every line break at its offset, so that patterns matched on the masked
 * text never hit commented-out code and offsets still point into the original.
 */
final class CodeMask {

  /** The lexical shape of a language, as far as comments and strings go. */
  enum Syntax {
    /** Java, Kotlin, Scala, Groovy: {@code //}, block comments, quotes and text blocks. */
    JVM("//", true, "\"'", "\"\"\""),
    /** Python: {@code #}, quotes and triple quotes. */
    PYTHON("#", false, "\"'", "\"\"\"", "'''"),
    /** JavaScript, TypeScript, Go: {@code //}, block comments, quotes and backquotes. */
    C_LIKE("//", true, "\"'`");

    private final String lineComment;
    private final boolean blockComments;
    private final String quotes;
    private final String[] triples;

    Syntax(String lineComment, boolean blockComments, String quotes, String... triples) {
      this.lineComment = lineComment;
      this.blockComments = blockComments;
      this.quotes = quotes;
      this.triples = triples;
    }
  }

  private CodeMask() {}

  /**
   * {@code text} with comments blanked; string literals keep their quotes and lose their insides
   * when {@code blankStrings}. Multi-line strings (text blocks, triple quotes, backquotes) are
   * always blanked, because lines inside them are never code.
   */
  static String mask(String text, Syntax syntax, boolean blankStrings) {
    char[] out = text.toCharArray();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (text.startsWith(syntax.lineComment, i)) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? n : end;
        blank(out, i, end);
        i = end;
      } else if (syntax.blockComments && text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(out, i, end);
        i = end;
      } else if (tripleAt(text, i, syntax) instanceof String triple) {
        int end = text.indexOf(triple, i + 3);
        end = end < 0 ? n : end;
        blank(out, i + 3, end);
        i = Math.min(n, end + 3);
      } else if (syntax.quotes.indexOf(text.charAt(i)) >= 0) {
        char quote = text.charAt(i);
        int j = i + 1;
        while (j < n && text.charAt(j) != quote && (quote == '`' || text.charAt(j) != '\n')) {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(j, n);
        if (blankStrings || quote == '`') {
          blank(out, i + 1, j);
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return new String(out);
  }

  private static @Nullable String tripleAt(String text, int i, Syntax syntax) {
    for (String triple : syntax.triples) {
      if (text.startsWith(triple, i)) {
        return triple;
      }
    }
    return null;
  }

  private static void blank(char[] out, int from, int to) {
    for (int k = from; k < to && k < out.length; k++) {
      if (out[k] != '\n' && out[k] != '\r') {
        out[k] = ' ';
      }
    }
  }
}
