package dev.garlic.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiecesTest {

  @Test
  void splitsTextIntoWordsThatKeepTheirLeadingWhitespace() {
    assertThat(Pieces.words("Hello  big\nworld")).containsExactly("Hello", "  big", "\nworld");
  }

  @Test
  void splitsArgumentsIntoThreeFragmentsThatJoinBack() {
    String json = "{\"path\":\"src/Main.java\"}";

    assertThat(Pieces.fragments(json)).hasSize(3);
    assertThat(String.join("", Pieces.fragments(json))).isEqualTo(json);
  }

  @Test
  void neverSplitsASurrogatePair() {
    assertThat(Pieces.fragments("a\uD83D\uDE00b")).allMatch(piece -> !piece.endsWith("\uD83D"));
  }
}
