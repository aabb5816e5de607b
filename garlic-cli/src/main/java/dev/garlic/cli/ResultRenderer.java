package dev.garlic.cli;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.ContextPack;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.RankedFiles;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.RepoMap;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolMatches;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.spi.ToolResult;
import java.util.List;
import java.util.Locale;

/**
 * Renders tool results for people: one finding per line, {@code path:line} first so terminals make
 * it a link, columns aligned, snippets trimmed. Results of unknown types fall back to the tool's
 * own text.
 */
final class ResultRenderer {

  private static final int SNIPPET_WIDTH = 160;

  private final Palette palette;

  ResultRenderer(Palette palette) {
    this.palette = palette;
  }

  String render(ToolResult result) {
    return switch (result.value()) {
      case SearchResult r -> search(r);
      case SymbolMatches r -> symbols(r);
      case References r -> references(r);
      case RankedFiles r -> ranked(r.files());
      case RepoMap r -> r.text().isBlank() ? "the map is empty: no ranked definitions" : r.text();
      case ContextPack r -> context(r);
      case IndexReport r -> index(r);
      default -> result.text();
    };
  }

  private String search(SearchResult result) {
    Table table = new Table(palette);
    for (SearchHit hit : result.hits()) {
      for (SearchHit.Line line : hit.lines()) {
        table.row(hit.path() + ":" + line.number(), snippet(line.text()));
      }
      if (hit.lines().isEmpty()) {
        String where = hit.symbol() == null ? hit.path() : hit.symbol().location().toString();
        table.row(where, hit.symbol() == null ? "" : snippet(hit.symbol().signature()));
      }
    }
    String footer =
        result.totalMatches() > result.hits().size()
            ? palette.dim(
                "(%s of %s matching files; raise -n to see more)"
                    .formatted(count(result.hits().size()), count(result.totalMatches())))
            : "";
    return result.hits().isEmpty() ? "no matches for '" + result.query() + "'" : table + footer;
  }

  private String symbols(SymbolMatches matches) {
    if (matches.symbols().isEmpty()) {
      return "no definitions named '" + matches.query() + "'";
    }
    Table table = new Table(palette);
    for (SymbolDef def : matches.symbols()) {
      table.row(start(def.location()), kind(def), def.qualifiedName());
    }
    return table.toString();
  }

  private String references(References refs) {
    StringBuilder out = new StringBuilder();
    if (refs.targets().isEmpty()) {
      out.append("no definition of '").append(refs.symbol()).append("' found\n");
    }
    for (SymbolDef target : refs.targets()) {
      out.append(palette.heading(kind(target) + " " + target.qualifiedName()))
          .append("  ")
          .append(palette.location(start(target.location())))
          .append('\n');
    }
    out.append(refTable(refs.references()));
    if (!refs.possible().isEmpty()) {
      out.append(palette.heading("possible references (target not resolved):")).append('\n');
      out.append(refTable(refs.possible()));
    }
    out.append(
        palette.dim(
            nouns(refs.references().size(), "reference")
                + ", "
                + count(refs.possible().size())
                + " possible"));
    return out.toString();
  }

  private String refTable(List<SymbolRef> refs) {
    Table table = new Table(palette);
    for (SymbolRef ref : refs) {
      table.row(
          start(ref.location()),
          lower(ref.kind()),
          ref.enclosing() == null ? "" : "in " + ref.enclosing());
    }
    return table.toString();
  }

  private String ranked(List<RankedFile> files) {
    if (files.isEmpty()) {
      return "no files matched the task";
    }
    Table table = new Table(palette);
    for (RankedFile file : files) {
      table.row(
          file.path(),
          String.format(Locale.ROOT, "%.3f", file.score()),
          String.join("; ", file.reasons()));
    }
    return table.toString();
  }

  private String context(ContextPack pack) {
    StringBuilder out = new StringBuilder();
    for (ContextPack.Item item : pack.items()) {
      out.append(
              palette.heading(
                  "── %s  (%s, %s tokens)"
                      .formatted(item.path(), lower(item.form()), count(item.tokens()))))
          .append('\n')
          .append(item.text());
      if (!item.text().endsWith("\n")) {
        out.append('\n');
      }
    }
    out.append(
        palette.dim(
            "packed %s, %s of %s tokens"
                .formatted(
                    nouns(pack.items().size(), "file"),
                    count(pack.tokens()),
                    count(pack.budget()))));
    return out.toString();
  }

  private String index(IndexReport report) {
    return "indexed %s files (%s parsed, %s removed, %s skipped), %s lines, %s definitions in %s%s"
        .formatted(
            count(report.files()),
            count(report.parsed()),
            count(report.removed()),
            count(report.skipped()),
            count(report.lines()),
            count(report.definitions()),
            seconds(report.millis()),
            report.rebuilt() ? " (rebuilt)" : "");
  }

  private static String start(Location location) {
    return location.path() + ":" + location.line();
  }

  private static String kind(SymbolDef def) {
    return lower(def.kind());
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The line without its indentation, cut to a terminal-friendly width. */
  static String snippet(String line) {
    String text = line.strip();
    return text.length() <= SNIPPET_WIDTH ? text : text.substring(0, SNIPPET_WIDTH - 1) + "…";
  }

  /** {@code 1 file}, {@code 2 files}. */
  static String nouns(long n, String noun) {
    return count(n) + " " + noun + (n == 1 ? "" : "s");
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String seconds(long millis) {
    return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
