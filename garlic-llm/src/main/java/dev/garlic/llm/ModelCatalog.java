package dev.garlic.llm;

import dev.garlic.protocol.usage.ModelPrice;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Context windows, output limits and prices of models: shipped defaults for well-known models,
 * overridden by the configuration's {@code [models."NAME/model-id"]} entries. Lookups try the full
 * reference, then the bare model id, then the id without a date suffix ({@code -20250929}); a model
 * found nowhere gets {@link ModelInfo#UNKNOWN}. Immutable and thread-safe.
 *
 * <p>Prices are USD per million tokens as published by the vendors; cached input is what a prompt
 * cache read costs (a tenth of input for both OpenAI's GPT-5 family and Anthropic). Anthropic's
 * cache writes cost more than plain input, which {@link ModelPrice} does not model.
 */
public final class ModelCatalog {

  private static final Pattern DATE_SUFFIX = Pattern.compile("-(\\d{8}|\\d{4}-\\d{2}-\\d{2})$");

  private static final Map<String, ModelInfo> DEFAULTS =
      Map.ofEntries(
          model("gpt-5.3-codex", 400_000, 128_000, 1.25, 0.125, 10),
          model("gpt-5.2-codex", 400_000, 128_000, 2.50, 0.25, 15),
          model("gpt-5", 400_000, 128_000, 1.25, 0.125, 10),
          model("gpt-5-mini", 400_000, 128_000, 0.25, 0.025, 2),
          model("gpt-5-nano", 400_000, 128_000, 0.05, 0.005, 0.40),
          model("gpt-4.1", 1_047_576, 32_768, 2, 0.50, 8),
          model("gpt-4o", 128_000, 16_384, 2.50, 1.25, 10),
          model("gpt-4o-mini", 128_000, 16_384, 0.15, 0.075, 0.60),
          model("claude-opus-4-6", 200_000, 64_000, 5, 0.50, 25),
          model("claude-opus-4-5", 200_000, 64_000, 5, 0.50, 25),
          model("claude-sonnet-4-5", 200_000, 64_000, 3, 0.30, 15),
          model("claude-haiku-4-5", 200_000, 64_000, 1, 0.10, 5));

  private final Map<String, ModelInfo> entries;

  private ModelCatalog(Map<String, ModelInfo> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The shipped defaults. */
  public static ModelCatalog defaults() {
    return new ModelCatalog(DEFAULTS);
  }

  /**
   * A catalog where {@code key} (a bare model id, or {@code "NAME/model-id"} for one provider's
   * model) has {@code info}, replacing any default.
   */
  public ModelCatalog with(String key, ModelInfo info) {
    Map<String, ModelInfo> copy = new HashMap<>(entries);
    copy.put(key, info);
    return new ModelCatalog(copy);
  }

  /**
   * Every entry by its key (a bare model id or {@code "NAME/model-id"}), sorted by key, for
   * listings.
   */
  public SortedMap<String, ModelInfo> entries() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  /** What is known about {@code ref}; {@link ModelInfo#UNKNOWN} when nothing is. */
  public ModelInfo info(ModelRef ref) {
    ModelInfo info = entries.get(ref.toString());
    if (info == null) {
      info = entries.get(ref.model());
    }
    if (info == null) {
      info = entries.get(DATE_SUFFIX.matcher(ref.model()).replaceFirst(""));
    }
    return info == null ? ModelInfo.UNKNOWN : info;
  }

  private static Map.Entry<String, ModelInfo> model(
      String id, long context, long output, double input, double cached, double out) {
    return Map.entry(id, new ModelInfo(context, output, new ModelPrice(input, cached, out)));
  }
}
