package dev.garlic.testgen.api;

import java.util.regex.Pattern;

/** Plain text of Javadoc fragments: inline tags unwrapped, entities decoded, "if" removed. */
final class DocText {

  private static final Pattern INLINE = Pattern.compile("\\{@\\w+\\s+([^}]*)}");
  private static final Pattern TAGS = Pattern.compile("</?\\w+[^>]*>");
  private static final Pattern LEADING = Pattern.compile("^(?i)(if|when|in case)\\s+");

  private DocText() {}

  /** The condition of a {@code @throws} description: "if {@code x} &lt; 0." becomes "x < 0". */
  static String condition(String description) {
    String text = INLINE.matcher(description).replaceAll("$1");
    text = TAGS.matcher(text).replaceAll("");
    text =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ");
    text = text.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return LEADING.matcher(text).replaceFirst("").strip();
  }
}
