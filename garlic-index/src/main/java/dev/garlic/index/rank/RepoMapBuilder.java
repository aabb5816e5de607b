package dev.garlic.index.rank;

import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.protocol.code.RepoMap;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the repository map: files ranked by personalised PageRank over the reference graph, their
 * most used definitions shown as numbered signature lines, cut to a token budget. The cut is a
 * search over how many of the globally ranked definitions to show, measuring the rendered text with
 * the {@link TokenCounter}, so the result always fits and a larger budget never shows less.
 *
 * <p>Thread-safe; holds no state besides the counter.
 */
public final class RepoMapBuilder {

  /** The smallest budget a map can be built for. */
  public static final int MIN_BUDGET = 256;

  private final TokenCounter counter;

  public RepoMapBuilder(TokenCounter counter) {
    this.counter = counter;
  }

  /**
   * The map of {@code corpus} within {@code budget} tokens.
   *
   * @param focus files (paths or path suffixes) and symbols (simple, dotted or {@code Type#member}
   *     names) to centre the map on; may be empty
   * @throws GarlicException (usage) if {@code budget} is below {@value #MIN_BUDGET}
   */
  public RepoMap build(Corpus corpus, int budget, List<String> focus) {
    if (budget < MIN_BUDGET) {
      throw GarlicException.usage(
          "--budget must be at least "
              + MIN_BUDGET
              + " tokens, was "
              + budget
              + "; pass a larger --budget");
    }
    SymbolGraph graph = SymbolGraph.of(corpus);
    DefinitionRanking ranking = DefinitionRanking.of(graph, Focus.resolve(graph, focus));
    return new Cut(graph, ranking).fit(budget);
  }

  /** Renders prefixes of the ranked definitions and finds the longest that fits. */
  private final class Cut {
    private final SymbolGraph graph;
    private final DefinitionRanking ranking;
    private final Map<Integer, SignatureLines> linesByFile = new HashMap<>();

    Cut(SymbolGraph graph, DefinitionRanking ranking) {
      this.graph = graph;
      this.ranking = ranking;
    }

    RepoMap fit(int budget) {
      int total = ranking.size();
      // Grow geometrically from a guess of ~12 tokens a line, then bisect: cost follows the
      // budget, not the size of the repository.
      int low = 0;
      int high = Math.min(total, Math.max(1, budget / 12));
      while (high < total && tokens(high) <= budget) {
        low = high;
        high = Math.min(total, high * 2);
      }
      if (tokens(high) <= budget) {
        low = high;
      }
      while (high - low > 1) {
        int mid = (low + high) >>> 1;
        if (tokens(mid) <= budget) {
          low = mid;
        } else {
          high = mid;
        }
      }
      Rendered map = render(low);
      return new RepoMap(budget, counter.count(map.text), map.files, map.text);
    }

    private int tokens(int shown) {
      return counter.count(render(shown).text);
    }

    private Rendered render(int shown) {
      Map<Integer, TreeMap<Integer, SymbolDef>> byFile = new HashMap<>();
      for (int i = 0; i < shown; i++) {
        int d = ranking.at(i);
        int file = graph.fileOf(d);
        SignatureLines lines = lines(file);
        TreeMap<Integer, SymbolDef> defs = byFile.computeIfAbsent(file, f -> new TreeMap<>());
        // Enclosing types come along so nested members read in context.
        for (SymbolDef def = graph.defs.get(d); def != null; def = lines.parent(def)) {
          defs.putIfAbsent(def.location().line() * 64 + lines.depth(def), def);
        }
      }
      List<Integer> files = new ArrayList<>(byFile.keySet());
      files.sort(
          Comparator.<Integer>comparingDouble(f -> -ranking.fileRank(f))
              .thenComparing(graph.paths::get));
      StringBuilder text = new StringBuilder();
      Map<String, RepoMap.File> shownFiles = new LinkedHashMap<>();
      for (int file : files) {
        String path = graph.paths.get(file);
        text.append(path).append(":\n");
        SignatureLines lines = lines(file);
        List<SymbolDef> defs = List.copyOf(byFile.get(file).values());
        for (SymbolDef def : defs) {
          text.append(lines.line(def)).append('\n');
        }
        shownFiles.put(path, new RepoMap.File(path, ranking.fileRank(file), defs));
      }
      return new Rendered(text.toString(), List.copyOf(shownFiles.values()));
    }

    private SignatureLines lines(int file) {
      return linesByFile.computeIfAbsent(
          file, f -> new SignatureLines(graph.outlines.get(f).definitions()));
    }
  }

  private record Rendered(String text, List<RepoMap.File> files) {}
}
