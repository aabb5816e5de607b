package dev.garlic.testkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits streamed text the way real models stream it: text in word-sized deltas, tool arguments in
 * several fragments, so a client that only handles one fragment fails its tests.
 */
final class Pieces {

  private static final int ARGUMENT_FRAGMENTS = 3;

  private Pieces() {}

  /** Words with their leading whitespace; never empty for non-empty text. */
  static List<String> words(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        pieces.add(text.substring(start, i));
        start = i;
      }
    }
    if (start < text.length()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }

  /** Up to three fragments of roughly equal length, never splitting a surrogate pair. */
  static List<String> fragments(String json) {
    List<String> pieces = new ArrayList<>();
    int size = Math.max(1, (json.length() + ARGUMENT_FRAGMENTS - 1) / ARGUMENT_FRAGMENTS);
    int start = 0;
    while (start < json.length()) {
      int end = Math.min(json.length(), start + size);
      if (end < json.length() && Character.isHighSurrogate(json.charAt(end - 1))) {
        end++;
      }
      pieces.add(json.substring(start, end));
      start = end;
    }
    return pieces;
  }
}
