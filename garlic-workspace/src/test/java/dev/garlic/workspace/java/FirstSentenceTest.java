package dev.garlic.workspace.java;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstSentenceTest {

  @Test
  void endsAtThePeriodFollowedByWhiteSpace() {
    assertThat(FirstSentence.of(" * Checks e.g.the value. Then more.\n * Even more."))
        .isEqualTo("Checks e.g.the value.");
  }

  @Test
  void stopsAtTheFirstBlockTag() {
    assertThat(FirstSentence.of("\n * Returns the size\n *\n * @return the size. Always.\n"))
        .isEqualTo("Returns the size");
  }

  @Test
  void replacesInlineTagsByTheirTextOrLabel() {
    assertThat(
            FirstSentence.of(
                "Uses {@code Map<K, V>} via {@link java.util.Map#get(Object) get} and {@linkplain"
                    + " Foo}."))
        .isEqualTo("Uses Map<K, V> via get and Foo.");
  }

  @Test
  void dropsHtmlTagsAndDecodesEntities() {
    assertThat(FirstSentence.of("<p>Compares <b>a</b> &lt; b.</p>")).isEqualTo("Compares a < b.");
  }

  @Test
  void isCutToTwoHundredCharacters() {
    String sentence = FirstSentence.of("word ".repeat(100));

    assertThat(sentence).hasSize(200).endsWith("...");
  }

  @Test
  void isNullForAnEmptyComment() {
    assertThat(FirstSentence.of("\n *\n * @deprecated\n")).isNull();
  }
}
