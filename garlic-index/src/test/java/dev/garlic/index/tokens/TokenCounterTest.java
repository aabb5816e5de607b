package dev.garlic.index.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenCounterTest {

  @Test
  void countsTokensWithTheDefaultEncoding() {
    TokenCounter counter = TokenCounter.standard();

    assertThat(counter.encodingName()).isEqualTo("o200k_base");
    assertThat(counter.count("hello world")).isEqualTo(2);
    assertThat(counter.count("")).isZero();
  }

  @Test
  void countsSpecialTokenMarkersAsOrdinaryText() {
    assertThat(TokenCounter.standard().count("<|endoftext|>")).isGreaterThan(1);
  }

  @Test
  void readsTheEncodingFromSettings() {
    Settings settings =
        key -> key.equals("tokens.encoding") ? Optional.of("cl100k_base") : Optional.empty();

    assertThat(TokenCounter.fromSettings(settings).encodingName()).isEqualTo("cl100k_base");
  }

  @Test
  void acceptsAModelNameInTheEncodingSetting() {
    Settings settings = key -> Optional.of("gpt-4");

    assertThat(TokenCounter.fromSettings(settings).encodingName()).isEqualTo("cl100k_base");
  }

  @Test
  void rejectsASettingThatNamesNeitherAnEncodingNorAModel() {
    Settings settings = key -> Optional.of("llama-9");

    assertThatThrownBy(() -> TokenCounter.fromSettings(settings))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("tokens.encoding");
  }

  @Test
  void findsTheEncodingOfAKnownModelAndOfItsDatedVersions() {
    assertThat(TokenCounter.forModel("gpt-4").encodingName()).isEqualTo("cl100k_base");
    assertThat(TokenCounter.forModel("gpt-4o-2024-08-06").encodingName()).isEqualTo("o200k_base");
  }

  @Test
  void fallsBackToTheDefaultForUnknownModels() {
    assertThat(TokenCounter.forModel("claude-sonnet-4").encodingName()).isEqualTo("o200k_base");
  }

  @Test
  void rejectsAnUnknownEncodingNamingTheSetting() {
    assertThatThrownBy(() -> TokenCounter.ofEncoding("nope_base"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("tokens.encoding")
        .hasMessageContaining("o200k_base");
  }

  @Test
  void sharesOneCounterPerEncoding() {
    assertThat(TokenCounter.ofEncoding("O200K_BASE")).isSameAs(TokenCounter.standard());
  }
}
