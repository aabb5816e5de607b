package dev.garlic.llm;

import dev.garlic.protocol.ErrorCode;

/**
 * A model as the configuration names it, {@code "PROVIDER/model-id"}: the provider's name and the
 * model id the provider knows. The model id may itself contain slashes ({@code
 * openrouter/meta-llama/llama-3}); only the first one separates.
 */
public record ModelRef(String provider, String model) {

  public ModelRef {
    if (provider.isBlank() || model.isBlank()) {
      throw new IllegalArgumentException("provider and model must not be blank");
    }
  }

  /**
   * Parses {@code "PROVIDER/model-id"}.
   *
   * @throws ModelException with code {@link ErrorCode#CONFIG} when the text has no provider part
   */
  public static ModelRef parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1 || text.isBlank()) {
      throw ModelException.of(
          ErrorCode.CONFIG,
          "model \"" + text + "\" must be written PROVIDER/model-id, e.g. openai/gpt-5.3-codex");
    }
    return new ModelRef(text.substring(0, slash).strip(), text.substring(slash + 1).strip());
  }

  @Override
  public String toString() {
    return provider + "/" + model;
  }
}
