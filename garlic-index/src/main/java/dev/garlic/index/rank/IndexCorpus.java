package dev.garlic.index.rank;

import dev.garlic.index.CodeIndex;
import dev.garlic.index.IndexSnapshot;
import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.spi.EngineContext;
import dev.garlic.workspace.Workspace;
import dev.garlic.workspace.outline.Outline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A {@link Corpus} read from a snapshot of the code index. */
record IndexCorpus(IndexSnapshot snapshot) implements Corpus {

  @Override
  public List<String> paths() {
    return snapshot.paths();
  }

  @Override
  public Optional<Outline> outline(String path) {
    return snapshot.outline(path);
  }

  @Override
  public Optional<String> text(String path) {
    return snapshot.text(path);
  }

  @Override
  public Optional<Map<String, Double>> relevance(List<String> words, int limit) {
    if (words.isEmpty()) {
      return Optional.of(Map.of());
    }
    SearchQuery query =
        new SearchQuery(String.join(" ", words), null, null, SearchQuery.TEXT_KIND, limit);
    Map<String, Double> scores = new HashMap<>();
    for (SearchHit hit : snapshot.search(query).hits()) {
      scores.merge(hit.path(), hit.score(), Math::max);
    }
    return Optional.of(scores);
  }

  /**
   * Brings the workspace's index up to date and hands a corpus of it to {@code work}, so answers
   * are never stale.
   */
  static <T> T updated(EngineContext context, Function<Corpus, T> work) {
    try (CodeIndex index = CodeIndex.open(context)) {
      index.update();
      return work.apply(new IndexCorpus(index.snapshot()));
    }
  }

  /**
   * When each file last changed in git, for the locator's recency signal, measured from the newest
   * change so that an old but active repository still has "recent" files.
   */
  static TaskLocator locator(EngineContext context) {
    Map<String, Long> changed = Workspace.open(context.root()).git().lastChanged();
    return changed.values().stream()
        .max(Long::compare)
        .map(newest -> TaskLocator.create().withHistory(changed, newest))
        .orElseGet(TaskLocator::create);
  }
}
