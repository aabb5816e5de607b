package dev.garlic.workspace.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A configuration key as a list of segments, so that TOML quoted keys such as {@code
 * models."openai/gpt-5.3-codex".input_price} keep the model name as one segment. Declared keys may
 * have {@code *} segments, each standing for any one table name.
 */
record KeyPath(List<String> segments) {

  static final String ANY = "*";

  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_\\-*]+");

  KeyPath {
    segments = List.copyOf(segments);
  }

  /**
   * Parses a dotted key the way TOML does: segments separated by dots, each bare or in double or
   * single quotes. An unterminated quote runs to the end.
   */
  static KeyPath parse(String dotted) {
    List<String> segments = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < dotted.length(); i++) {
      char c = dotted.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          segment.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '.') {
        segments.add(segment.toString().strip());
        segment.setLength(0);
      } else {
        segment.append(c);
      }
    }
    segments.add(quote == 0 ? segment.toString().strip() : segment.toString());
    return new KeyPath(segments);
  }

  boolean isPattern() {
    return segments.contains(ANY);
  }

  /** Whether this pattern (or plain key) matches the concrete key {@code other}. */
  boolean matches(KeyPath other) {
    if (segments.size() != other.segments.size()) {
      return false;
    }
    for (int i = 0; i < segments.size(); i++) {
      String mine = segments.get(i);
      if (!mine.equals(ANY) && !mine.equals(other.segments.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * This pattern with each {@code *} replaced by the segment of {@code other} at the same place,
   * for "did you mean" hints; this pattern itself when the lengths differ.
   */
  KeyPath instantiate(KeyPath other) {
    if (segments.size() != other.segments.size()) {
      return this;
    }
    List<String> filled = new ArrayList<>(segments);
    for (int i = 0; i < filled.size(); i++) {
      if (filled.get(i).equals(ANY)) {
        filled.set(i, other.segments.get(i));
      }
    }
    return new KeyPath(filled);
  }

  /** The TOML spelling: bare segments as they are, others in double quotes. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      if (!out.isEmpty()) {
        out.append('.');
      }
      if (BARE.matcher(segment).matches()) {
        out.append(segment);
      } else {
        out.append('"').append(segment.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    }
    return out.toString();
  }
}
