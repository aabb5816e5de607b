package dev.garlic.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lines of indexed files, each file read from a snapshot once, to show uses with their text. */
final class SourceLines {

  private static final int MAX_CHARS = 160;

  private final IndexSnapshot snapshot;
  private final Map<String, List<String>> files = new HashMap<>();

  SourceLines(IndexSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** Line {@code number} (1-based) of {@code path}, stripped and shortened, or {@code ""}. */
  String line(String path, int number) {
    List<String> lines =
        files.computeIfAbsent(
            path, p -> snapshot.text(p).map(t -> t.lines().toList()).orElse(List.of()));
    if (number < 1 || number > lines.size()) {
      return "";
    }
    String s = lines.get(number - 1).strip();
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) + "..." : s;
  }
}
