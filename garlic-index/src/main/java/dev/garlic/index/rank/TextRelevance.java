package dev.garlic.index.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * BM25 relevance of each file's text to the task's salient words, from the corpus's full-text index
 * when it has one, else scored here. Files are split into the same identifier parts as the task
 * ({@code escapeHtml4} gives {@code escape}, {@code html}, {@code escapehtml}), so prose about
 * "escaping HTML" meets code that does it. Only the task's words are counted, in one parallel pass
 * over the texts.
 */
final class TextRelevance {

  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final int MAX_TERMS = 48;
  private static final int REASON_TERMS = 4;

  /** How many files a full-text index is asked for. */
  private static final int INDEX_HITS = 200;

  private TextRelevance() {}

  /** The stemmed query terms, their slots in count arrays, counts in the task and spellings. */
  private record Query(
      List<String> terms,
      Map<String, Integer> slot,
      Map<String, Integer> counts,
      Map<String, String> spelling) {

    static Query of(TaskText task) {
      Map<String, Integer> stems = new HashMap<>();
      Map<String, String> spelling = new HashMap<>();
      for (var e : task.terms().entrySet()) {
        String stem = Identifiers.stem(e.getKey());
        stems.merge(stem, e.getValue(), Integer::sum);
        spelling.merge(stem, e.getKey(), (a, b) -> a.length() <= b.length() ? a : b);
      }
      List<String> terms =
          stems.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
              .limit(MAX_TERMS)
              .map(Map.Entry::getKey)
              .toList();
      Map<String, Integer> slot = new HashMap<>();
      for (String term : terms) {
        slot.put(term, slot.size());
      }
      return new Query(terms, slot, stems, spelling);
    }

    List<String> words() {
      return terms.stream().map(spelling::get).toList();
    }
  }

  static void score(Corpus corpus, SymbolGraph graph, TaskText task, Evidence evidence) {
    Query query = Query.of(task);
    if (query.terms().isEmpty() || graph.fileCount() == 0) {
      return;
    }
    // An index answers in milliseconds what a scan of every text takes seconds for; on the
    // evaluation tasks both rank the same (see TaskLocatorQualityTest).
    Optional<Map<String, Double>> indexed = corpus.relevance(query.words(), INDEX_HITS);
    if (indexed.isPresent()) {
      for (var e : indexed.get().entrySet()) {
        Integer file = graph.fileIds.get(e.getKey());
        if (file != null) {
          evidence.add(Signal.TEXT, file, e.getValue(), "text search matches the task");
        }
      }
    } else {
      scan(corpus, graph, query, evidence);
    }
  }

  private static void scan(Corpus corpus, SymbolGraph graph, Query query, Evidence evidence) {
    int n = graph.fileCount();
    int[][] tf = new int[n][];
    int[] length = new int[n];
    int chunks = Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            chunk -> {
              Map<String, int[]> seen = new HashMap<>();
              for (int f = chunk; f < n; f += chunks) {
                int[] counts = new int[query.terms().size()];
                String text = corpus.text(graph.paths.get(f)).orElse("");
                length[f] = count(text, query.slot(), counts, seen);
                tf[f] = counts;
              }
            });
    double averageLength = Math.max(1, IntStream.of(length).average().orElse(1));
    double[] idf = new double[query.terms().size()];
    for (int t = 0; t < idf.length; t++) {
      int df = 0;
      for (int f = 0; f < n; f++) {
        df += tf[f][t] > 0 ? 1 : 0;
      }
      idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    for (int f = 0; f < n; f++) {
      score(f, query, tf[f], length[f] / averageLength, idf, evidence);
    }
  }

  private static void score(
      int file, Query query, int[] tf, double relativeLength, double[] idf, Evidence evidence) {
    double total = 0;
    List<Map.Entry<String, Double>> parts = new ArrayList<>();
    for (String term : query.terms()) {
      int t = query.slot().get(term);
      if (tf[t] == 0) {
        continue;
      }
      double saturation = tf[t] * (K1 + 1) / (tf[t] + K1 * (1 - B + B * relativeLength));
      double queryWeight = 1 + Math.log(query.counts().get(term));
      double part = idf[t] * saturation * queryWeight;
      total += part;
      parts.add(Map.entry(query.spelling().get(term), part));
    }
    if (total > 0) {
      parts.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
      String words =
          String.join(", ", parts.stream().limit(REASON_TERMS).map(Map.Entry::getKey).toList());
      evidence.add(Signal.TEXT, file, total, "text matches " + words);
    }
  }

  /**
   * Counts the query terms in {@code text} into {@code counts}; returns the number of terms.
   * Identifiers repeat a lot, so what each one contributes is remembered in {@code seen}.
   */
  private static int count(
      String text, Map<String, Integer> slot, int[] counts, Map<String, int[]> seen) {
    int terms = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      if (!Character.isJavaIdentifierStart(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && Character.isJavaIdentifierPart(text.charAt(i))) {
        i++;
      }
      int[] contribution =
          seen.computeIfAbsent(text.substring(start, i), id -> contribution(id, slot));
      terms += contribution[0];
      for (int k = 1; k < contribution.length; k++) {
        counts[contribution[k]]++;
      }
    }
    return terms;
  }

  /** How many terms an identifier gives, followed by the slots of those that are query terms. */
  private static int[] contribution(String identifier, Map<String, Integer> slot) {
    List<String> terms = Identifiers.terms(identifier);
    int[] out = new int[1 + terms.size()];
    int n = 1;
    for (String term : terms) {
      Integer s = slot.get(Identifiers.stem(term));
      if (s != null) {
        out[n++] = s;
      }
    }
    out[0] = terms.size();
    return Arrays.copyOf(out, n);
  }
}
