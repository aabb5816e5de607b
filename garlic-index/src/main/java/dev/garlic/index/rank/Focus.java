package dev.garlic.index.rank;

import dev.garlic.protocol.code.SymbolDef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a repository map should centre on: files named directly (by path or a path suffix) and files
 * that define the named symbols (simple, dotted or {@code Type#member} names).
 *
 * @param files the ids of the focus files
 * @param names the simple names of focus symbols, whose definitions are boosted
 */
record Focus(Set<Integer> files, Set<String> names) {

  static Focus resolve(SymbolGraph graph, List<String> focus) {
    Set<Integer> files = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (String raw : focus) {
      String item = raw.trim().replace('\\', '/');
      if (item.isEmpty()) {
        continue;
      }
      Set<Integer> byPath = filesByPath(graph, item);
      if (!byPath.isEmpty()) {
        files.addAll(byPath);
        continue;
      }
      String simple = simpleName(item);
      List<Integer> defs = graph.defsByKey.get(item);
      if (defs == null) {
        defs = graph.defsByName.getOrDefault(simple, List.of());
      }
      for (int def : defs) {
        files.add(graph.fileOf(def));
      }
      names.add(simple);
    }
    return new Focus(Set.copyOf(files), Set.copyOf(names));
  }

  boolean mentions(SymbolDef def) {
    return names.contains(def.name());
  }

  /** The last segment of a dotted or {@code #} name, without a parameter list. */
  static String simpleName(String name) {
    String key = SymbolGraph.key(name);
    int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('#'));
    return cut < 0 ? key : key.substring(cut + 1);
  }

  private static Set<Integer> filesByPath(SymbolGraph graph, String item) {
    Integer exact = graph.fileIds.get(item);
    if (exact != null) {
      return Set.of(exact);
    }
    if (!item.contains("/") && !item.contains(".")) {
      return Set.of();
    }
    Set<Integer> found = new HashSet<>();
    String suffix = "/" + item;
    for (int i = 0; i < graph.paths.size(); i++) {
      if (graph.paths.get(i).endsWith(suffix)) {
        found.add(i);
      }
    }
    return found;
  }
}
