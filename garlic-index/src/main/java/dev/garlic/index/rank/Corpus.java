package dev.garlic.index.rank;

import dev.garlic.workspace.outline.Outline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only view of an indexed project that ranking needs: its files, their outlines and their
 * text. An index snapshot is adapted to it with method references; tests build one from maps.
 * Implementations must be thread-safe and cheap to query repeatedly.
 */
public interface Corpus {

  /** Every indexed file, relative to the workspace root with {@code /} separators. */
  List<String> paths();

  /** The outline of {@code path}, empty if the file is not indexed. */
  Optional<Outline> outline(String path);

  /** The text of {@code path}, empty if the file is not indexed. */
  Optional<String> text(String path);

  /**
   * Files relevant to {@code words} by a full-text index, with scores (higher is better), at most
   * {@code limit}; empty when the corpus has no such index, and the caller then scores the texts
   * itself.
   */
  default Optional<Map<String, Double>> relevance(List<String> words, int limit) {
    return Optional.empty();
  }

  /** A corpus of fixed outlines and texts, keyed by path; for tests and embedding. */
  static Corpus of(Map<String, Outline> outlines, Map<String, String> texts) {
    Map<String, Outline> o = Map.copyOf(outlines);
    Map<String, String> t = Map.copyOf(texts);
    List<String> paths = o.keySet().stream().sorted().toList();
    return new Corpus() {
      @Override
      public List<String> paths() {
        return paths;
      }

      @Override
      public Optional<Outline> outline(String path) {
        return Optional.ofNullable(o.get(path));
      }

      @Override
      public Optional<String> text(String path) {
        return Optional.ofNullable(t.get(path));
      }
    };
  }
}
