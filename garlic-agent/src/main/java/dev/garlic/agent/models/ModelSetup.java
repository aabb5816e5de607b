package dev.garlic.agent.models;

import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models and providers a configuration sets up: every provider (the built-in {@code openai},
 * {@code anthropic} and {@code ollama} plus the {@code [providers.NAME]} tables), the active model
 * and the models per mode, and the model catalog with the {@code [models."NAME/model-id"]}
 * overrides applied. Reading it needs no network and no API key; with nothing configured there is
 * simply no active model. Immutable.
 */
public final class ModelSetup {

  private final Map<String, ProviderConfig> providers;
  private final Optional<ModelRef> model;
  private final Optional<ModelRef> reflex;
  private final Optional<ModelRef> deep;
  private final ModelCatalog catalog;

  private ModelSetup(
      Map<String, ProviderConfig> providers,
      Optional<ModelRef> model,
      Optional<ModelRef> reflex,
      Optional<ModelRef> deep,
      ModelCatalog catalog) {
    this.providers = providers;
    this.model = model;
    this.reflex = reflex;
    this.deep = deep;
    this.catalog = catalog;
  }

  /**
   * Reads the setup from {@code config}.
   *
   * @throws GarlicException (config) when a provider has no kind or an unknown one, a model
   *     reference is not {@code PROVIDER/model-id} or names a provider that does not exist, or a
   *     model's figures are out of range
   */
  public static ModelSetup from(Config config) {
    Map<String, ProviderConfig> providers = Map.copyOf(ProviderTable.read(config));
    Optional<ModelRef> model = ref(config, ModelKeys.MODEL, providers);
    return new ModelSetup(
        providers,
        model,
        ref(config, ModelKeys.REFLEX, providers).or(() -> model),
        ref(config, ModelKeys.DEEP, providers).or(() -> model),
        ModelTable.read(config));
  }

  /** Every provider, sorted by name. */
  public List<ProviderConfig> providers() {
    return providers.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }

  /** The provider called {@code name}, if there is one. */
  public Optional<ProviderConfig> provider(String name) {
    return Optional.ofNullable(providers.get(name));
  }

  /** The active model ({@code model}); empty when none is configured. */
  public Optional<ModelRef> model() {
    return model;
  }

  /** The model for Reflex mode ({@code models.reflex}, else {@code model}). */
  public Optional<ModelRef> reflexModel() {
    return reflex;
  }

  /** The model for Deep mode ({@code models.deep}, else {@code model}). */
  public Optional<ModelRef> deepModel() {
    return deep;
  }

  /** The shipped catalog with the configuration's overrides. */
  public ModelCatalog catalog() {
    return catalog;
  }

  /**
   * This setup as plain data for listings, with whether each key variable is set in {@code env}.
   */
  public ModelOverview overview(Map<String, String> env) {
    return ModelOverview.of(this, env);
  }

  /** Where {@code key} was set, for error messages: a file and line, a variable or "a flag". */
  static String origin(Config config, String key) {
    return config.entry(key).map(e -> String.valueOf(e.origin())).orElse("the configuration");
  }

  private static Optional<ModelRef> ref(
      Config config, String key, Map<String, ProviderConfig> providers) {
    Optional<String> text = config.raw(key).map(String::valueOf);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    ModelRef ref;
    try {
      ref = ModelRef.parse(text.get());
    } catch (ModelException e) {
      throw GarlicException.config(
          e.error().message() + " (" + key + " in " + origin(config, key) + ")");
    }
    if (!providers.containsKey(ref.provider())) {
      throw GarlicException.config(
          "%s names provider \"%s\", which does not exist (%s); use one of %s or add [providers.%s]"
              .formatted(
                  key,
                  ref.provider(),
                  origin(config, key),
                  providers.keySet().stream().sorted().toList(),
                  ref.provider()));
    }
    return Optional.of(ref);
  }
}
