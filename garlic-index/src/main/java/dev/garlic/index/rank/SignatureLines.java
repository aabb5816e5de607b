package dev.garlic.index.rank;

import dev.garlic.protocol.code.SymbolDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders definitions of one file as numbered signature lines indented by nesting ({@code " 42│
 * public static String join(...)"}), the form both the map and packed contexts use.
 */
final class SignatureLines {

  private final Map<String, SymbolDef> byQualifiedName = new HashMap<>();

  SignatureLines(List<SymbolDef> fileDefinitions) {
    for (SymbolDef def : fileDefinitions) {
      byQualifiedName.putIfAbsent(def.qualifiedName(), def);
    }
  }

  /** How many definitions of this file enclose {@code def}. */
  int depth(SymbolDef def) {
    int depth = 0;
    SymbolDef current = def;
    while (current.container() != null && depth < 32) {
      SymbolDef parent = byQualifiedName.get(current.container());
      if (parent == null) {
        break;
      }
      depth++;
      current = parent;
    }
    return depth;
  }

  /** The definition of this file that encloses {@code def}, or null at top level. */
  @Nullable SymbolDef parent(SymbolDef def) {
    return def.container() == null ? null : byQualifiedName.get(def.container());
  }

  String line(SymbolDef def) {
    return numbered(def.location().line(), "  ".repeat(depth(def)) + oneLine(def));
  }

  static String numbered(int line, String text) {
    return String.format("%5d│ %s", line, text);
  }

  /** The definition's signature on one line. */
  String oneLine(SymbolDef def) {
    return def.signature().replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
