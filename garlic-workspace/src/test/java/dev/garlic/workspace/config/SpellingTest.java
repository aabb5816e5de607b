package dev.garlic.workspace.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

  @Test
  void suggestsTheNearestCandidate() {
    assertThat(Spelling.closest("map.budgte", List.of("map.budget", "map.focus")))
        .contains("map.budget");
  }

  @Test
  void suggestsNothingWhenEveryCandidateIsFarAway() {
    assertThat(Spelling.closest("colour", List.of("index.max_file_bytes"))).isEmpty();
  }

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
  }
}
