package dev.garlic.agent.models;

import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelInfo;
import dev.garlic.llm.ModelRef;
import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import java.util.Optional;

/**
 * Reads the {@code [models."NAME/model-id"]} tables over the shipped catalog. A table overrides
 * only the figures it sets; the rest come from the shipped entry. A table name without a provider
 * ({@code [models."gpt-5.3-codex"]}) applies to that model id at every provider. When a price is
 * set for a model the catalog does not know, an unset cached input price is the input price,
 * because a cache discount cannot be assumed.
 */
final class ModelTable {

  /** A provider name no configuration can use, for looking up bare model ids. */
  private static final String ANY_PROVIDER = "*";

  private ModelTable() {}

  static ModelCatalog read(Config config) {
    ModelCatalog catalog = ModelCatalog.defaults();
    for (String name : config.tableNames("models.*")) {
      catalog = catalog.with(name, info(config, name, catalog));
    }
    return catalog;
  }

  private static ModelInfo info(Config config, String name, ModelCatalog catalog) {
    ModelRef ref;
    try {
      ref = name.indexOf('/') > 0 ? ModelRef.parse(name) : new ModelRef(ANY_PROVIDER, name);
    } catch (ModelException | IllegalArgumentException e) {
      throw GarlicException.config(
          "[models.\"%s\"] names no model; write [models.\"PROVIDER/model-id\"] or [models.\"model-id\"]"
              .formatted(name));
    }
    ModelInfo base = catalog.info(ref);
    long context = count(config, name, ModelKeys.CONTEXT_WINDOW, base.contextWindow());
    long output = count(config, name, ModelKeys.MAX_OUTPUT, base.maxOutput());
    Optional<Double> input = price(config, name, ModelKeys.INPUT_PRICE);
    Optional<Double> cached = price(config, name, ModelKeys.CACHED_INPUT_PRICE);
    Optional<Double> out = price(config, name, ModelKeys.OUTPUT_PRICE);
    boolean priced = input.isPresent() || cached.isPresent() || out.isPresent();
    if (!priced) {
      return new ModelInfo(context, output, base.price(), base.priceKnown());
    }
    ModelPrice old = base.price();
    double in = input.orElse(old.input());
    double cachedIn = cached.orElse(base.priceKnown() ? old.cachedInput() : in);
    return new ModelInfo(context, output, new ModelPrice(in, cachedIn, out.orElse(old.output())));
  }

  private static long count(Config config, String model, String field, long fallback) {
    String key = Config.key("models", model, field);
    long value = config.integer(key, fallback);
    if (value <= 0) {
      throw GarlicException.config(
          "%s must be a positive number of tokens, not %d (%s); fix the value"
              .formatted(key, value, ModelSetup.origin(config, key)));
    }
    return value;
  }

  private static Optional<Double> price(Config config, String model, String field) {
    String key = Config.key("models", model, field);
    Optional<Double> price = config.raw(key).map(v -> ((Number) v).doubleValue());
    if (price.isPresent() && price.get() < 0) {
      throw GarlicException.config(
          "%s cannot be negative (%s); give the price in USD per million tokens"
              .formatted(key, ModelSetup.origin(config, key)));
    }
    return price;
  }
}
