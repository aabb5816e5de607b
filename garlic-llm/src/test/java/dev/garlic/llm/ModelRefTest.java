package dev.garlic.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelRefTest {

  @Test
  void splitsProviderFromModelAtTheFirstSlash() {
    assertThat(ModelRef.parse("openrouter/meta-llama/llama-3"))
        .isEqualTo(new ModelRef("openrouter", "meta-llama/llama-3"));
  }

  @Test
  void printsAsItIsWritten() {
    assertThat(ModelRef.parse("openai/gpt-5.3-codex")).hasToString("openai/gpt-5.3-codex");
  }

  @Test
  void refusesAModelWithoutAProviderAndShowsTheForm() {
    assertThatThrownBy(() -> ModelRef.parse("gpt-5"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("PROVIDER/model-id");
  }

  @Test
  void refusesAnEmptyModelId() {
    assertThatThrownBy(() -> ModelRef.parse("openai/")).isInstanceOf(ModelException.class);
  }
}
