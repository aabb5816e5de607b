package dev.garlic.index;

import dev.garlic.protocol.code.IndexReport;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolMatches;
import dev.garlic.protocol.code.SymbolRef;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Renders the index tools' results as compact text for a model: one fact per line. */
final class ToolTexts {

  private static final int MAX_WARNINGS = 20;

  private ToolTexts() {}

  static int limit(@Nullable Integer limit, int fallback) {
    return limit == null || limit < 1 ? fallback : limit;
  }

  static String index(IndexReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s %d files (%d parsed, %d removed, %d skipped), %d lines, %d definitions in %d ms%n",
            r.rebuilt() ? "rebuilt unreadable index:" : "indexed",
            r.files(),
            r.parsed(),
            r.removed(),
            r.skipped(),
            r.lines(),
            r.definitions(),
            r.millis()));
    List<String> warnings = r.warnings();
    warnings.stream()
        .limit(MAX_WARNINGS)
        .forEach(w -> out.append("warning: ").append(w).append('\n'));
    if (warnings.size() > MAX_WARNINGS) {
      out.append("... and ").append(warnings.size() - MAX_WARNINGS).append(" more warnings\n");
    }
    return out.toString();
  }

  static String search(SearchResult r) {
    if (r.hits().isEmpty()) {
      return "no matches for " + r.query() + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(r.totalMatches()).append(" matches; best ").append(r.hits().size()).append(":\n");
    for (SearchHit hit : r.hits()) {
      SymbolDef symbol = hit.symbol();
      String tag = symbol == null ? "" : "[" + kind(symbol) + "] ";
      for (SearchHit.Line line : hit.lines()) {
        out.append(hit.path()).append(':').append(line.number()).append(": ");
        out.append(tag).append(line.text()).append('\n');
      }
      if (hit.lines().isEmpty()) {
        out.append(hit.path()).append('\n');
      }
    }
    return out.toString();
  }

  static String symbols(SymbolMatches m) {
    if (m.symbols().isEmpty()) {
      return "no definitions match " + m.query() + "\n";
    }
    StringBuilder out = new StringBuilder();
    for (SymbolDef d : m.symbols()) {
      out.append(kind(d)).append(' ').append(d.qualifiedName()).append("  ");
      out.append(d.location().path()).append(':').append(d.location().line());
      out.append("  ").append(shorten(d.signature())).append('\n');
    }
    return out.toString();
  }

  /** Uses one per line, each with the text of its line from {@code lines}. */
  static String references(References r, SourceLines lines) {
    StringBuilder out = new StringBuilder();
    if (r.targets().isEmpty()) {
      out.append("no definition of ").append(r.symbol()).append(" in the project\n");
    }
    for (SymbolDef d : r.targets()) {
      out.append("definition: ").append(d.qualifiedName()).append("  ");
      out.append(d.location().path()).append(':').append(d.location().line()).append('\n');
    }
    out.append(r.references().size()).append(" references\n");
    r.references().forEach(ref -> line(out, ref, lines));
    if (!r.possible().isEmpty()) {
      out.append(r.possible().size()).append(" possible references (unresolved)\n");
      r.possible().forEach(ref -> line(out, ref, lines));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, SymbolRef ref, SourceLines lines) {
    out.append(ref.location().path()).append(':').append(ref.location().line()).append(": ");
    out.append(ref.kind().name().toLowerCase(Locale.ROOT));
    if (ref.enclosing() != null) {
      out.append(" in ").append(ref.enclosing());
    }
    out.append(": ").append(lines.line(ref.location().path(), ref.location().line()));
    out.append('\n');
  }

  private static String shorten(String signature) {
    String s = signature.strip().replaceAll("\\s+", " ");
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  private static String kind(SymbolDef d) {
    return d.kind().name().toLowerCase(Locale.ROOT);
  }
}
