package dev.garlic.protocol.code;

import java.util.List;

/** The answer to a code search: the hits, best first, and how many files matched in all. */
public record SearchResult(String query, long totalMatches, List<SearchHit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
