package dev.garlic.index.rank;

import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Excerpts of one file for a packed context: the signature line of every definition, plus whole
 * bodies of chosen definitions, with line numbers and {@code ⋮} where lines were left out. Bodies
 * are added in the order given, so callers put the most important first and can cut from the end.
 */
final class FileExcerpt {

  static final String CUT = "⋮";

  private final String path;
  private final String[] lines;
  private final List<SymbolDef> definitions;

  FileExcerpt(String path, String text, List<SymbolDef> definitions) {
    this.path = path;
    this.lines = text.split("\\R", -1);
    this.definitions = definitions.stream().filter(d -> d.kind() != SymbolKind.PACKAGE).toList();
  }

  int lineCount() {
    return lines.length;
  }

  List<SymbolDef> definitions() {
    return definitions;
  }

  /** The innermost callable (else any definition) whose lines contain {@code line}, or null. */
  @Nullable SymbolDef enclosing(int line) {
    SymbolDef best = null;
    for (SymbolDef d : definitions) {
      if (d.location().line() > line || line > d.location().endLine()) {
        continue;
      }
      if (best == null
          || preference(d) < preference(best)
          || preference(d) == preference(best) && span(d) < span(best)) {
        best = d;
      }
    }
    return best;
  }

  private static int preference(SymbolDef d) {
    return d.kind().isCallable() ? 0 : 1;
  }

  /** The source text of a definition's lines, for matching words against. */
  String body(SymbolDef def) {
    StringBuilder out = new StringBuilder();
    for (int l = def.location().line();
        l <= Math.min(def.location().endLine(), lines.length);
        l++) {
      out.append(lines[l - 1]).append('\n');
    }
    return out.toString();
  }

  /**
   * The file's definitions in the order their signatures are worth showing next to {@code bodies}:
   * the definitions enclosing a body, then types, then the rest by distance from the nearest body
   * (in file order when there are no bodies).
   */
  List<SymbolDef> signatureOrder(List<SymbolDef> bodies) {
    SignatureLines nesting = new SignatureLines(definitions);
    Set<SymbolDef> enclosing = new LinkedHashSet<>();
    for (SymbolDef body : bodies) {
      for (SymbolDef d = nesting.parent(body); d != null; d = nesting.parent(d)) {
        enclosing.add(d);
      }
    }
    List<SymbolDef> rest = new ArrayList<>(definitions);
    rest.removeAll(enclosing);
    rest.removeAll(bodies);
    rest.sort(
        Comparator.comparing((SymbolDef d) -> !d.kind().isType())
            .thenComparingInt(d -> distance(d, bodies))
            .thenComparingInt(d -> d.location().line()));
    List<SymbolDef> order = new ArrayList<>(enclosing);
    order.addAll(rest);
    return order;
  }

  /**
   * The full lines of {@code bodies} and the signature lines of {@code signatures}, in file order,
   * numbered, with {@value #CUT} where lines are left out.
   */
  String render(List<SymbolDef> bodies, List<SymbolDef> signatures) {
    SignatureLines nesting = new SignatureLines(definitions);
    TreeMap<Integer, String> shown = new TreeMap<>();
    for (SymbolDef def : signatures) {
      int line = def.location().line();
      if (line <= lines.length) {
        String source = lines[line - 1];
        String indent = source.substring(0, source.length() - source.stripLeading().length());
        shown.put(line, indent + nesting.oneLine(def));
      }
    }
    for (SymbolDef def : bodies) {
      int end = Math.min(def.location().endLine(), lines.length);
      for (int l = def.location().line(); l <= end; l++) {
        shown.put(l, lines[l - 1]);
      }
    }
    StringBuilder out = new StringBuilder(path).append(":\n");
    int previous = 0;
    for (var e : shown.entrySet()) {
      if (e.getKey() > previous + 1) {
        out.append(CUT).append('\n');
      }
      out.append(SignatureLines.numbered(e.getKey(), e.getValue())).append('\n');
      previous = e.getKey();
    }
    if (previous < lines.length) {
      out.append(CUT).append('\n');
    }
    return out.toString();
  }

  /** The whole file with a header. */
  String whole() {
    return path + ":\n" + String.join("\n", lines);
  }

  private static int distance(SymbolDef def, List<SymbolDef> bodies) {
    int best = Integer.MAX_VALUE;
    for (SymbolDef body : bodies) {
      int line = def.location().line();
      int gap =
          line < body.location().line()
              ? body.location().line() - line
              : Math.max(0, line - body.location().endLine());
      best = Math.min(best, gap);
    }
    return bodies.isEmpty() ? 0 : best;
  }

  private static int span(SymbolDef d) {
    return d.location().endLine() - d.location().line();
  }
}
