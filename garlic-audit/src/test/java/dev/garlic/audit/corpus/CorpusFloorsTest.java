package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/**
 * The registered checks meet the per-CWE floors of {@code corpus/floors.properties} on the corpus.
 * The lead raises the floors as the engine improves; an empty file sets none.
 */
class CorpusFloorsTest {

  @Test
  void registeredChecksMeetTheFloorsOfEveryCwe() {
    Floors floors = Floors.load();
    assumeFalse(floors.floors().isEmpty(), "corpus/floors.properties sets no floor yet");
    CorpusRun run = CorpusRun.shared();

    assertThat(floors.violations(run.board())).isEmpty();
  }
}
