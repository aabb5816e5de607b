package dev.garlic.index.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An identifier-like token split the way code search needs it: the whole token ({@code
 * stringutils.indexof}), its dotted, hash or kebab segments ({@code stringutils}, {@code indexof})
 * and its words ({@code string}, {@code utils}, {@code index}, {@code of}), all lower case. The
 * same splitting serves indexing and querying, so both sides always agree.
 *
 * @param whole the whole token, lower case, without leading or trailing separators
 * @param segments the segments between {@code . # -}; a single element when there is none
 * @param parts the words of all segments in order, split at {@code _ $} and case changes
 */
public record Identifier(String whole, List<String> segments, List<List<String>> parts) {

  /** Tokens with more words than this are kept whole: they are hashes or encoded data. */
  static final int MAX_PARTS = 16;

  public Identifier {
    segments = List.copyOf(segments);
    List<List<String>> copies = new ArrayList<>(parts.size());
    for (List<String> p : parts) {
      copies.add(List.copyOf(p));
    }
    parts = List.copyOf(copies);
  }

  /** True for the characters a token is made of; anything else separates tokens. */
  public static boolean isTokenChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || isSegmentSeparator(c);
  }

  private static boolean isSegmentSeparator(int c) {
    return c == '.' || c == '#' || c == '-';
  }

  /** Splits a raw token; returns null when nothing but separators is left. */
  public static @Nullable Identifier of(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && isSegmentSeparator(token.charAt(start))) {
      start++;
    }
    while (end > start && isSegmentSeparator(token.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    String trimmed = token.substring(start, end);
    String whole = trimmed.toLowerCase(Locale.ROOT);
    if (isOneWord(trimmed)) {
      // Most tokens are plain lower-case words: skip the splitting and its garbage.
      List<String> only = List.of(whole);
      return new Identifier(whole, only, List.of(only));
    }
    List<String> segments = new ArrayList<>();
    List<List<String>> parts = new ArrayList<>();
    int count = 0;
    int from = 0;
    for (int i = 0; i <= trimmed.length(); i++) {
      if (i == trimmed.length() || isSegmentSeparator(trimmed.charAt(i))) {
        String segment = trimmed.substring(from, i);
        List<String> words = words(segment);
        if (!words.isEmpty()) {
          segments.add(segment.toLowerCase(Locale.ROOT));
          parts.add(words);
          count += words.size();
        }
        from = i + 1;
      }
    }
    if (count > MAX_PARTS || segments.isEmpty()) {
      return new Identifier(whole, List.of(whole), List.of(List.of(whole)));
    }
    return new Identifier(whole, segments, parts);
  }

  private static boolean isOneWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLowerCase(c)
          && !Character.isDigit(c)
          && !(i == 0 && Character.isUpperCase(c))) {
        return false;
      }
    }
    return true;
  }

  /** All words of all segments in order. */
  public List<String> words() {
    return parts.stream().flatMap(List::stream).toList();
  }

  /** The words joined without separators ({@code index_of} gives {@code indexof}). */
  public String joined() {
    return String.join("", words());
  }

  /** Splits one segment into lower-case words at {@code _}, {@code $} and case changes. */
  static List<String> words(String segment) {
    List<String> words = new ArrayList<>();
    int n = segment.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || segment.charAt(i) == '_' || segment.charAt(i) == '$') {
        add(words, segment, start, i);
        start = i + 1;
      } else if (i > start && isWordStart(segment, i)) {
        add(words, segment, start, i);
        start = i;
      }
    }
    return words;
  }

  private static boolean isWordStart(String s, int i) {
    char prev = s.charAt(i - 1);
    char c = s.charAt(i);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (Character.isLowerCase(prev) || Character.isDigit(prev)) {
      return true;
    }
    // The last capital of an acronym starts the next word: HTTPServer is HTTP + Server.
    return Character.isUpperCase(prev)
        && i + 1 < s.length()
        && Character.isLowerCase(s.charAt(i + 1));
  }

  private static void add(List<String> words, String s, int from, int to) {
    if (to > from) {
      words.add(s.substring(from, to).toLowerCase(Locale.ROOT));
    }
  }
}
