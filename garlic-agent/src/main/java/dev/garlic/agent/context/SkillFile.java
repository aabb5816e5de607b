package dev.garlic.agent.context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The front matter of a SKILL.md: a first line {@code ---}, then {@code key: value} lines, then
 * {@code ---}. Values may be quoted, or YAML block scalars ({@code description: >} and indented
 * lines), which are folded into one line; nested YAML is not read.
 */
final class SkillFile {

  private static final String FENCE = "---";
  private static final List<String> BLOCK_MARKERS = List.of("", "|", ">", "|-", ">-", "|+", ">+");

  private SkillFile() {}

  /** The keys and values of the front matter of {@code text}; empty when it has none. */
  static Optional<Map<String, String>> frontMatter(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    @Nullable String folding = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals(FENCE)) {
        return Optional.of(values);
      }
      if (folding != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
        String sofar = values.get(folding);
        values.put(folding, (sofar.isEmpty() ? "" : sofar + " ") + line.strip());
        continue;
      }
      folding = null;
      int colon = line.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (BLOCK_MARKERS.contains(value)) {
          // A YAML block scalar: the indented lines that follow, folded into one line.
          folding = key;
          value = "";
        }
        values.put(key, unquote(value));
      }
    }
    return Optional.empty();
  }

  /** {@code text} without its front matter (all of it when it has none). */
  static String body(String text) {
    List<String> lines = text.lines().toList();
    if (frontMatter(lines).isEmpty()) {
      return text;
    }
    int fences = 0;
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      offset += line.length() + 1;
      if (line.strip().equals(FENCE) && ++fences == 2) {
        return offset >= text.length() ? "" : text.substring(offset);
      }
    }
    return "";
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\""))
            || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
