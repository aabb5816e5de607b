package dev.garlic.index.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.ModelType;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the tokens a text takes for a model, with a byte-pair encoding of jtokkit ({@code
 * o200k_base} unless configured otherwise). Special-token markers in the text are counted as
 * ordinary text, so any input is accepted.
 *
 * <p>Instances are immutable and thread-safe; encodings are loaded once per process and shared.
 */
public final class TokenCounter {

  /** The encoding used when nothing else is configured or a model is unknown. */
  public static final String DEFAULT_ENCODING = "o200k_base";

  /** The setting that names the encoding ({@code o200k_base}, {@code cl100k_base}, ...). */
  public static final String ENCODING_KEY = "tokens.encoding";

  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
  private static final Map<String, TokenCounter> BY_ENCODING = new ConcurrentHashMap<>();

  private final Encoding encoding;

  private TokenCounter(Encoding encoding) {
    this.encoding = encoding;
  }

  /** The counter of the default encoding, {@value #DEFAULT_ENCODING}. */
  public static TokenCounter standard() {
    return ofEncoding(DEFAULT_ENCODING);
  }

  /**
   * The counter of the encoding named {@code name} ({@code o200k_base}, {@code cl100k_base}, {@code
   * p50k_base}, {@code r50k_base}).
   *
   * @throws GarlicException (config) if no such encoding exists
   */
  public static TokenCounter ofEncoding(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    return BY_ENCODING.computeIfAbsent(
        key,
        k ->
            new TokenCounter(
                REGISTRY
                    .getEncoding(k)
                    .orElseThrow(
                        () ->
                            GarlicException.config(
                                "unknown token encoding '"
                                    + name
                                    + "'; set "
                                    + ENCODING_KEY
                                    + " to one of "
                                    + knownEncodings()))));
  }

  /**
   * The counter for a model ({@code gpt-4o}, {@code gpt-4o-2024-08-06}, {@code gpt-3.5-turbo}): the
   * encoding jtokkit knows for it or for the longest model name it starts with, else the default
   * encoding (a close estimate for models of other providers).
   */
  public static TokenCounter forModel(String model) {
    return knownModel(model)
        .map(t -> ofEncoding(t.getEncodingType().getName()))
        .orElseGet(TokenCounter::standard);
  }

  /**
   * The counter configured by {@value #ENCODING_KEY}, which names an encoding ({@code cl100k_base})
   * or a model jtokkit knows ({@code gpt-4}); the default when unset.
   *
   * @throws GarlicException (config) if the setting names neither
   */
  public static TokenCounter fromSettings(Settings settings) {
    String value = settings.string(ENCODING_KEY, DEFAULT_ENCODING);
    if (REGISTRY.getEncoding(value.trim().toLowerCase(Locale.ROOT)).isPresent()) {
      return ofEncoding(value);
    }
    return knownModel(value)
        .map(t -> ofEncoding(t.getEncodingType().getName()))
        .orElseThrow(
            () ->
                GarlicException.config(
                    "unknown token encoding or model '"
                        + value
                        + "'; set "
                        + ENCODING_KEY
                        + " to one of "
                        + knownEncodings()
                        + " or a model name such as gpt-4o"));
  }

  /** The model jtokkit knows that is {@code model} or the longest prefix of a dated version. */
  private static Optional<ModelType> knownModel(String model) {
    String name = model.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(ModelType.values())
        .filter(t -> name.equals(t.getName()) || name.startsWith(t.getName() + "-"))
        .max(Comparator.comparingInt(t -> t.getName().length()));
  }

  /** The number of tokens {@code text} takes. */
  public int count(String text) {
    return text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
  }

  /** The name of the encoding this counter uses. */
  public String encodingName() {
    return encoding.getName();
  }

  private static String knownEncodings() {
    return String.join(
        ", ", Arrays.stream(EncodingType.values()).map(EncodingType::getName).toList());
  }

  @Override
  public String toString() {
    return "TokenCounter[" + encoding.getName() + "]";
  }
}
