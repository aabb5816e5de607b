package dev.garlic.index.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How identifiers are split into words, and which words carry no meaning for search. */
final class Identifiers {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "an",
          "and",
          "are",
          "as",
          "at",
          "be",
          "been",
          "but",
          "by",
          "can",
          "could",
          "did",
          "does",
          "doesn",
          "don",
          "for",
          "from",
          "had",
          "has",
          "have",
          "how",
          "if",
          "in",
          "into",
          "is",
          "isn",
          "it",
          "its",
          "not",
          "of",
          "on",
          "or",
          "our",
          "should",
          "so",
          "some",
          "than",
          "that",
          "the",
          "their",
          "then",
          "there",
          "these",
          "this",
          "those",
          "to",
          "too",
          "was",
          "wasn",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "also",
          "after",
          "before",
          "all",
          "any",
          "get",
          "got",
          "here",
          "just",
          "like",
          "more",
          "most",
          "only",
          "other",
          "same",
          "such",
          "very",
          "instead",
          "expected",
          "actual",
          "returns",
          "return",
          "returned",
          "behaviour",
          "behavior",
          "bug",
          "issue",
          "problem",
          "please",
          "fix",
          "fails",
          "failing",
          "works",
          "work",
          "wrong",
          "use",
          "using",
          "used",
          "call",
          "calling",
          "called",
          "method",
          "methods",
          "class",
          "classes",
          "public",
          "private",
          "protected",
          "static",
          "final",
          "void",
          "new",
          "null",
          "true",
          "false",
          "int",
          "long",
          "string",
          "boolean",
          "char",
          "double",
          "import",
          "package",
          "java",
          "lang",
          "util",
          "org",
          "com",
          "www",
          "http",
          "https",
          "version",
          "see",
          "now",
          "one",
          "two",
          "because",
          "each",
          "without",
          "seems",
          "thrown",
          "throws",
          "throw",
          "exception",
          "error",
          "line",
          "file",
          "test",
          "tests",
          "case",
          "example",
          "code",
          "value",
          "values",
          "result",
          "gives",
          "give",
          "given",
          "make",
          "makes",
          "made",
          "want",
          "need",
          "needs",
          "way",
          "thing",
          "it's",
          "i",
          "me",
          "my",
          "already",
          "even",
          "still",
          "both",
          "currently",
          "think",
          "run",
          "running",
          "tried",
          "try",
          "lib",
          "main",
          "src");

  private Identifiers() {}

  static boolean isStopWord(String lowerCaseWord) {
    return STOP_WORDS.contains(lowerCaseWord);
  }

  /**
   * True for names shaped like code: inner capitals ({@code isBlank}, {@code StringUtils}),
   * underscores between letters ({@code parse_args}) or digits after letters ({@code utf8}).
   */
  static boolean looksLikeCode(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      char p = word.charAt(i - 1);
      boolean innerCapital = Character.isUpperCase(c) && Character.isLowerCase(p);
      boolean underscore = c == '_' && i < word.length() - 1;
      if (innerCapital || underscore) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lower-case words of an identifier for text relevance: the parts split at case changes,
   * underscores and digits, plus the whole identifier when it has several parts ({@code
   * StringUtils} gives {@code string}, {@code utils}, {@code stringutils}).
   */
  static List<String> terms(String identifier) {
    List<String> parts = new ArrayList<>(4);
    int start = 0;
    int n = identifier.length();
    for (int i = 1; i <= n; i++) {
      if (i == n || isBoundary(identifier, i)) {
        addPart(parts, identifier, start, i);
        start = i;
      }
    }
    if (parts.size() > 1) {
      String whole = identifier.replace("_", "").replace("$", "").toLowerCase(Locale.ROOT);
      if (whole.length() >= 3) {
        parts.add(whole);
      }
    }
    return parts;
  }

  /**
   * A light stem of a lower-case word, so that prose and code meet ({@code parsing}, {@code
   * parser}, {@code parses} and {@code parse} all give {@code pars}). Deliberately crude: it only
   * needs to map related words together, never to produce real words.
   */
  static String stem(String word) {
    int n = word.length();
    String s = word;
    if (n > 5 && s.endsWith("ing")) {
      s = s.substring(0, n - 3);
    } else if (n > 4 && (s.endsWith("ed") || s.endsWith("er") || s.endsWith("es"))) {
      s = s.substring(0, n - 2);
    } else if (n > 3 && s.endsWith("s") && !s.endsWith("ss")) {
      s = s.substring(0, n - 1);
    }
    return s.length() > 4 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
  }

  private static boolean isBoundary(String s, int i) {
    char c = s.charAt(i);
    char p = s.charAt(i - 1);
    if (c == '_' || c == '$' || p == '_' || p == '$') {
      return true;
    }
    if (Character.isUpperCase(c)) {
      return Character.isLowerCase(p)
          || Character.isDigit(p)
          || (i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)));
    }
    return Character.isDigit(c) != Character.isDigit(p);
  }

  private static void addPart(List<String> parts, String s, int from, int to) {
    String part = s.substring(from, to);
    if (part.length() >= 2 && Character.isLetter(part.charAt(0))) {
      parts.add(part.toLowerCase(Locale.ROOT));
    }
  }
}
