package dev.garlic.audit.suppress;

import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code // garlic:ignore} comments of one file. A comment {@code // garlic:ignore CWE-89 --
 * the id is a number checked above} on the finding's line or the line before suppresses findings of
 * that CWE (or of a rule named by id, {@code garlic:ignore sql-injection -- ...}); several ids are
 * separated by commas. A comment without a reason suppresses nothing and is reported as a warning,
 * so that every accepted risk says why. Immutable and thread-safe.
 */
public final class CommentSuppressions {

  private static final Pattern COMMENT = Pattern.compile("//\\s*garlic:ignore(?![\\w-])(.*)$");

  private final String path;
  private final List<Entry> entries;

  private record Entry(int line, List<String> ids, String reason) {}

  private CommentSuppressions(String path, List<Entry> entries) {
    this.path = path;
    this.entries = List.copyOf(entries);
  }

  /** The suppression comments of {@code text}, the file at {@code path}. */
  public static CommentSuppressions of(String path, String text) {
    List<Entry> entries = new ArrayList<>();
    if (text.contains("garlic:ignore")) {
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = COMMENT.matcher(lines.get(i));
        if (m.find()) {
          String rest = m.group(1);
          int dashes = rest.indexOf("--");
          String ids = dashes < 0 ? rest : rest.substring(0, dashes);
          String reason = dashes < 0 ? "" : rest.substring(dashes + 2).strip();
          entries.add(new Entry(i + 1, ids(ids), reason));
        }
      }
    }
    return new CommentSuppressions(path, entries);
  }

  private static List<String> ids(String text) {
    List<String> ids = new ArrayList<>();
    for (String id : text.split("[,\\s]+")) {
      if (!id.isBlank()) {
        ids.add(id.strip().toUpperCase(Locale.ROOT));
      }
    }
    return ids;
  }

  /** The suppression of {@code finding} (at a line of this file), if a comment covers it. */
  public Optional<Suppression> suppression(Finding finding) {
    int line = finding.location().line();
    for (Entry e : entries) {
      if ((e.line() == line || e.line() == line - 1)
          && !e.reason().isEmpty()
          && (e.ids().contains(finding.cwe().toUpperCase(Locale.ROOT))
              || e.ids().contains(finding.ruleId().toUpperCase(Locale.ROOT)))) {
        return Optional.of(new Suppression(Suppression.Kind.COMMENT, e.reason()));
      }
    }
    return Optional.empty();
  }

  /** One line for each malformed comment: no id, or no reason. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    for (Entry e : entries) {
      if (e.ids().isEmpty()) {
        warnings.add(
            path
                + ":"
                + e.line()
                + ": garlic:ignore names no CWE or rule; write // garlic:ignore CWE-89 -- reason");
      } else if (e.reason().isEmpty()) {
        warnings.add(
            path
                + ":"
                + e.line()
                + ": garlic:ignore "
                + String.join(",", e.ids())
                + " has no reason, so it suppresses nothing; add \" -- why it is safe\"");
      }
    }
    return warnings;
  }
}
