package dev.garlic.agent.models;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.ConfigKey.Type;
import java.util.List;

/**
 * The configuration keys for providers and models. Front ends add {@link #ALL} to the keys they
 * load, so that {@code garlic config show} lists them and misspellings are caught.
 */
public final class ModelKeys {

  /** The active model, {@code "PROVIDER/model-id"}. */
  public static final String MODEL = "model";

  /** The model for Reflex mode; the active model when unset. */
  public static final String REFLEX = "models.reflex";

  /** The model for Deep mode; the active model when unset. */
  public static final String DEEP = "models.deep";

  static final String KIND = "kind";
  static final String BASE_URL = "base_url";
  static final String API_KEY_ENV = "api_key_env";
  static final String HEADERS = "headers";
  static final String CONTEXT_WINDOW = "context_window";
  static final String MAX_OUTPUT = "max_output";
  static final String INPUT_PRICE = "input_price";
  static final String CACHED_INPUT_PRICE = "cached_input_price";
  static final String OUTPUT_PRICE = "output_price";

  /** Every key this package reads. */
  public static final List<ConfigKey> ALL =
      List.of(
          key(
              MODEL,
              Type.STRING,
              "the model to use, PROVIDER/model-id (e.g. openai/gpt-5.3-codex)"),
          key(REFLEX, Type.STRING, "the model for Reflex mode, PROVIDER/model-id; default: model"),
          key(DEEP, Type.STRING, "the model for Deep mode, PROVIDER/model-id; default: model"),
          provider(KIND, Type.STRING, "protocol: openai, openai-responses, anthropic or ollama"),
          provider(BASE_URL, Type.STRING, "base URL of the API; default: the kind's public one"),
          provider(API_KEY_ENV, Type.STRING, "environment variable that holds the API key"),
          provider(HEADERS, Type.STRING_MAP, "extra HTTP headers sent with every request"),
          model(CONTEXT_WINDOW, Type.INTEGER, "context window in tokens"),
          model(MAX_OUTPUT, Type.INTEGER, "most output tokens per answer"),
          model(INPUT_PRICE, Type.NUMBER, "USD per million input tokens"),
          model(CACHED_INPUT_PRICE, Type.NUMBER, "USD per million input tokens read from cache"),
          model(OUTPUT_PRICE, Type.NUMBER, "USD per million output tokens"));

  private ModelKeys() {}

  private static ConfigKey key(String name, Type type, String description) {
    return new ConfigKey(name, type, null, description);
  }

  private static ConfigKey provider(String field, Type type, String description) {
    return key("providers.*." + field, type, description);
  }

  private static ConfigKey model(String field, Type type, String description) {
    return key("models.*." + field, type, description);
  }
}
