package dev.garlic.index.rank;

import dev.garlic.protocol.code.SymbolDef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores files the task names: by path or file name ({@link Signal#PATH}), and by the definitions
 * it names ({@link Signal#SYMBOL}). A name counts by how sure we are it is code, how rare it is
 * among the project's definitions (inverse document frequency over files) and what it names: a type
 * named like its file counts most, then other types, callables, and fields. Exact names beat
 * partial ones; {@code Type.member} mentions that match both count extra.
 */
final class MentionSignal {

  private static final double FILE_NAME_ONLY = 0.8;
  private static final double PARTIAL = 0.3;
  private static final double MEMBER_BONUS = 1.0;
  private static final int MIN_PARTIAL_LENGTH = 5;

  private final SymbolGraph graph;
  private final FileNames names;
  private final Evidence evidence;

  MentionSignal(SymbolGraph graph, FileNames names, Evidence evidence) {
    this.graph = graph;
    this.names = names;
    this.evidence = evidence;
  }

  void score(TaskText task) {
    for (String path : task.paths()) {
      List<Integer> files = names.resolve(path);
      double strength = path.contains("/") ? 1.0 : FILE_NAME_ONLY;
      for (int file : files) {
        evidence.add(Signal.PATH, file, strength / files.size(), "path " + path + " named in task");
      }
    }
    for (var e : task.names().entrySet()) {
      exact(e.getKey(), e.getValue());
    }
    partial(task);
    for (List<String> member : task.members()) {
      member(member.get(0), member.get(1));
    }
  }

  /**
   * How rare a name is among the files' definitions, in (0, 1]: 1 for a name one file defines,
   * falling towards log 2 / log(files + 1) for names every file defines.
   */
  private double idf(String name) {
    int df = graph.filesDefining(name);
    int n = graph.fileCount();
    return df == 0 ? 0 : Math.log(1 + (double) n / df) / Math.log(1 + n);
  }

  private void exact(String name, double confidence) {
    List<Integer> defs = graph.defsByName.get(name);
    if (defs == null) {
      return;
    }
    double idf = idf(name);
    Map<Integer, Double> best = new HashMap<>();
    Map<Integer, SymbolDef> bestDef = new HashMap<>();
    for (int d : defs) {
      int file = graph.fileOf(d);
      SymbolDef def = graph.defs.get(d);
      double kind = kindFactor(def, graph.paths.get(file));
      if (kind > best.getOrDefault(file, 0.0)) {
        best.put(file, kind);
        bestDef.put(file, def);
      }
      evidence.name(file, name);
    }
    for (var e : best.entrySet()) {
      SymbolDef def = bestDef.get(e.getKey());
      evidence.add(
          Signal.SYMBOL,
          e.getKey(),
          confidence * idf * e.getValue(),
          "defines " + describe(def) + " named in task");
    }
  }

  private void partial(TaskText task) {
    for (var e : task.names().entrySet()) {
      String name = e.getKey();
      if (e.getValue() < TaskText.CODE || name.length() < MIN_PARTIAL_LENGTH) {
        continue;
      }
      for (var defName : graph.defsByName.entrySet()) {
        String other = defName.getKey();
        boolean related =
            !other.equals(name)
                && other.length() >= MIN_PARTIAL_LENGTH
                && (other.contains(name) || name.contains(other));
        if (!related) {
          continue;
        }
        double idf = idf(other);
        Set<Integer> seen = new HashSet<>();
        for (int d : defName.getValue()) {
          int file = graph.fileOf(d);
          if (seen.add(file)) {
            evidence.add(
                Signal.SYMBOL,
                file,
                PARTIAL * idf * kindFactor(graph.defs.get(d), graph.paths.get(file)),
                "defines " + other + ", like " + name + " in task");
          }
        }
      }
    }
  }

  private void member(String type, String member) {
    for (int t : graph.defsByName.getOrDefault(type, List.of())) {
      if (!graph.defs.get(t).kind().isType()) {
        continue;
      }
      int file = graph.fileOf(t);
      String owner = graph.defs.get(t).qualifiedName();
      for (int m : graph.defsByName.getOrDefault(member, List.of())) {
        SymbolDef def = graph.defs.get(m);
        if (graph.fileOf(m) == file && owner.equals(def.container())) {
          evidence.add(
              Signal.SYMBOL,
              file,
              MEMBER_BONUS * (idf(type) + idf(member)) / 2,
              "defines " + type + "." + member + " named in task");
          evidence.name(file, member);
          break;
        }
      }
    }
  }

  private static double kindFactor(SymbolDef def, String path) {
    if (def.kind().isType()) {
      return def.name().equals(FileNames.stem(path)) ? 1.0 : 0.8;
    }
    return def.kind().isCallable() ? 0.6 : 0.4;
  }

  private static String describe(SymbolDef def) {
    return def.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + def.name();
  }
}
