package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocCommentsTest {

  @Test
  void keepsTheFirstSentenceOfABlockComment() {
    assertThat(DocComments.firstSentence("/**\n * Loads users. Caches them.\n */"))
        .isEqualTo("Loads users.");
  }

  @Test
  void stopsAtTheEndOfTheFirstParagraphWhenItHasNoFullStop() {
    assertThat(DocComments.firstSentence("\"\"\"Simple JSON decoder\n\n    Performs...\"\"\""))
        .isEqualTo("Simple JSON decoder");
  }

  @Test
  void dropsTagsAndMarkup() {
    assertThat(DocComments.firstSentence("/// <summary>An order</summary>\n/// @param id the id"))
        .isEqualTo("An order");
  }

  @Test
  void givesNoDocForAnEmptyComment() {
    assertThat(DocComments.firstSentence("//")).isNull();
  }
}
