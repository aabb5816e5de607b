package dev.garlic.index.rank;

import dev.garlic.index.IndexSnapshot;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The files of a corpus, their definitions, and how much each file uses the definitions of the
 * others. A reference resolves through its {@code target}, else the first of its {@code candidates}
 * the project defines, else (name-only references of front ends without resolution) to every
 * definition of that simple name, split evenly and discounted; names defined in very many files say
 * nothing about which one is meant and are ignored. Repeated uses are damped with a square root, as
 * Aider does, so one chatty file cannot dominate. Immutable once built.
 */
final class SymbolGraph {

  /** Name-only references to names defined in more files than this are ignored. */
  static final int MAX_NAME_FILES = 8;

  private static final double NAME_ONLY_DISCOUNT = 0.5;

  /** Snapshots are immutable, so their graphs are too; weak keys let replaced ones go. */
  private static final Map<IndexSnapshot, SymbolGraph> BY_SNAPSHOT =
      Collections.synchronizedMap(new WeakHashMap<>());

  final List<String> paths;
  final Map<String, Integer> fileIds;
  final List<Outline> outlines;
  final List<SymbolDef> defs = new ArrayList<>();
  private final List<Integer> defFile = new ArrayList<>();
  private int[] defFiles = new int[0];
  final Map<String, List<Integer>> defsByKey = new HashMap<>();
  final Map<String, List<Integer>> defsByName = new HashMap<>();
  private final Map<String, Integer> filesByName = new HashMap<>();

  /** Aggregated uses: file {@code useFile[k]} uses definition {@code useDef[k]} with weight. */
  int[] useFile = new int[0];

  int[] useDef = new int[0];
  double[] useWeight = new double[0];

  /** File-to-file edges in compressed sparse row form. */
  int[] edgeStart = new int[1];

  int[] edgeTarget = new int[0];
  double[] edgeWeight = new double[0];

  private SymbolGraph(List<String> paths, List<Outline> outlines) {
    this.paths = List.copyOf(paths);
    this.outlines = outlines;
    this.fileIds = new HashMap<>(paths.size() * 2);
    for (int i = 0; i < paths.size(); i++) {
      fileIds.put(paths.get(i), i);
    }
  }

  /**
   * The graph of {@code corpus}. Graphs of index snapshots are kept while the snapshot lives, so a
   * long-running agent asking several questions of an unchanged index builds the graph once.
   */
  static SymbolGraph of(Corpus corpus) {
    if (corpus instanceof IndexCorpus indexed) {
      return BY_SNAPSHOT.computeIfAbsent(indexed.snapshot(), s -> build(corpus));
    }
    return build(corpus);
  }

  private static SymbolGraph build(Corpus corpus) {
    List<String> paths = corpus.paths();
    // Reading outlines means decoding them from the index: worth spreading over the cores.
    List<Outline> outlines =
        paths.parallelStream()
            .map(path -> corpus.outline(path).orElseGet(() -> Outline.empty(path, "text")))
            .toList();
    SymbolGraph graph = new SymbolGraph(paths, outlines);
    graph.indexDefinitions();
    graph.linkUses();
    return graph;
  }

  int fileCount() {
    return paths.size();
  }

  /** The qualified name without a parameter list, as references name their targets. */
  static String key(String qualifiedName) {
    int paren = qualifiedName.indexOf('(');
    return paren < 0 ? qualifiedName : qualifiedName.substring(0, paren);
  }

  /** The file that defines definition {@code def}. */
  int fileOf(int def) {
    return defFiles[def];
  }

  /**
   * The files declaring the project types that {@code file}'s types extend or implement, as its
   * outline's {@code EXTENDS} and {@code IMPLEMENTS} references resolve.
   */
  Set<Integer> supertypeFiles(int file) {
    Set<Integer> parents = new LinkedHashSet<>();
    for (SymbolRef ref : outlines.get(file).references()) {
      if (ref.kind() != RefKind.EXTENDS && ref.kind() != RefKind.IMPLEMENTS) {
        continue;
      }
      List<Integer> targets = resolved(ref);
      if (targets == null) {
        targets = filesDefining(ref.name()) == 1 ? defsByName.get(ref.name()) : List.of();
      }
      for (int def : targets) {
        if (defFiles[def] != file && defs.get(def).kind().isType()) {
          parents.add(defFiles[def]);
        }
      }
    }
    return parents;
  }

  /** Files that define {@code simpleName}. */
  int filesDefining(String simpleName) {
    return filesByName.getOrDefault(simpleName, 0);
  }

  private void indexDefinitions() {
    for (int file = 0; file < outlines.size(); file++) {
      Map<String, Boolean> namesHere = new HashMap<>();
      for (SymbolDef def : outlines.get(file).definitions()) {
        if (def.kind() == SymbolKind.PACKAGE) {
          continue;
        }
        int id = defs.size();
        defs.add(def);
        defFile.add(file);
        defsByKey.computeIfAbsent(key(def.qualifiedName()), k -> new ArrayList<>(1)).add(id);
        defsByName.computeIfAbsent(def.name(), k -> new ArrayList<>(1)).add(id);
        if (namesHere.put(def.name(), Boolean.TRUE) == null) {
          filesByName.merge(def.name(), 1, Integer::sum);
        }
      }
    }
  }

  private void linkUses() {
    defFiles = new int[defs.size()];
    for (int d = 0; d < defFiles.length; d++) {
      defFiles[d] = defFile.get(d);
    }
    UseTable uses = new UseTable();
    // Per-definition accumulators, reset through the touched list after each file: no hashing
    // or boxing on the hot path of a million references.
    double[] count = new double[defs.size()];
    double[] share = new double[defs.size()];
    int[] touched = new int[defs.size()];
    for (int file = 0; file < outlines.size(); file++) {
      int touchedCount = 0;
      for (SymbolRef ref : outlines.get(file).references()) {
        List<Integer> targets = resolved(ref);
        double each = 1.0;
        if (targets == null) {
          targets = defsByName.get(ref.name());
          if (targets == null || filesDefining(ref.name()) > MAX_NAME_FILES) {
            continue;
          }
          each = NAME_ONLY_DISCOUNT;
        }
        each /= targets.size();
        for (int def : targets) {
          if (defFiles[def] == file) {
            continue;
          }
          if (count[def] == 0) {
            touched[touchedCount++] = def;
          }
          count[def] += 1;
          share[def] += each;
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int def = touched[t];
        uses.add(file, def, share[def] / Math.sqrt(count[def]));
        count[def] = 0;
        share[def] = 0;
      }
    }
    useFile = uses.files();
    useDef = uses.defs();
    useWeight = uses.weights();
    buildEdges();
  }

  private @Nullable List<Integer> resolved(SymbolRef ref) {
    if (ref.target() != null) {
      List<Integer> byTarget = defsByKey.get(key(ref.target()));
      // A resolved target outside the project (a JDK or library type) is no edge at all.
      return byTarget == null ? List.of() : byTarget;
    }
    for (String candidate : ref.candidates()) {
      List<Integer> found = defsByKey.get(key(candidate));
      if (found != null) {
        return found;
      }
    }
    return ref.candidates().isEmpty() ? null : List.of();
  }

  /** Sums the uses per pair of files; the use table is grouped by using file already. */
  private void buildEdges() {
    int n = fileCount();
    double[] weightTo = new double[n];
    int[] touched = new int[n];
    List<Integer> targets = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    edgeStart = new int[n + 1];
    int k = 0;
    for (int file = 0; file < n; file++) {
      edgeStart[file] = targets.size();
      int touchedCount = 0;
      for (; k < useFile.length && useFile[k] == file; k++) {
        int to = defFiles[useDef[k]];
        if (weightTo[to] == 0) {
          touched[touchedCount++] = to;
        }
        weightTo[to] += useWeight[k];
      }
      for (int t = 0; t < touchedCount; t++) {
        targets.add(touched[t]);
        weights.add(weightTo[touched[t]]);
        weightTo[touched[t]] = 0;
      }
    }
    edgeStart[n] = targets.size();
    edgeTarget = targets.stream().mapToInt(Integer::intValue).toArray();
    edgeWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A growable table of (file, definition, weight) rows. */
  private static final class UseTable {
    private int size;
    private int[] files = new int[1024];
    private int[] defs = new int[1024];
    private double[] weights = new double[1024];

    void add(int file, int def, double weight) {
      if (size == files.length) {
        files = Arrays.copyOf(files, size * 2);
        defs = Arrays.copyOf(defs, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      files[size] = file;
      defs[size] = def;
      weights[size] = weight;
      size++;
    }

    int[] files() {
      return Arrays.copyOf(files, size);
    }

    int[] defs() {
      return Arrays.copyOf(defs, size);
    }

    double[] weights() {
      return Arrays.copyOf(weights, size);
    }
  }
}
