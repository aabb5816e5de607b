package dev.garlic.agent.models;

import dev.garlic.llm.ModelInfo;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ModelSetup} amounts to, as plain data for listings such as {@code garlic models}:
 * it says whether each provider's key variable is set but never holds a key, and names headers
 * without their values, which may be credentials too.
 *
 * @param providers every provider, sorted by name
 * @param model the active model, {@code PROVIDER/model-id}; null when none is configured
 * @param reflexModel the model for Reflex mode; null when none is configured
 * @param deepModel the model for Deep mode; null when none is configured
 * @param catalog every catalog entry, sorted by its key
 */
public record ModelOverview(
    List<Provider> providers,
    @Nullable String model,
    @Nullable String reflexModel,
    @Nullable String deepModel,
    List<Model> catalog) {

  /**
   * One provider.
   *
   * @param kind the kind as configured ({@code openai}, {@code openai-responses}...)
   * @param apiKeyEnv the variable the key is read from; null when the provider needs no key
   * @param apiKeySet whether that variable is set to something not blank
   * @param headers the names of the extra headers, sorted
   * @param builtIn whether this is a built-in provider left as shipped
   */
  public record Provider(
      String name,
      String kind,
      String baseUrl,
      @Nullable String apiKeyEnv,
      boolean apiKeySet,
      List<String> headers,
      boolean builtIn) {}

  /**
   * One catalog entry; prices are USD per million tokens, null when unknown.
   *
   * @param model the entry's key: a bare model id or {@code PROVIDER/model-id}
   */
  public record Model(
      String model,
      long contextWindow,
      long maxOutput,
      @Nullable Double inputPrice,
      @Nullable Double cachedInputPrice,
      @Nullable Double outputPrice) {}

  static ModelOverview of(ModelSetup setup, Map<String, String> env) {
    return new ModelOverview(
        setup.providers().stream().map(p -> provider(p, env)).toList(),
        name(setup.model()),
        name(setup.reflexModel()),
        name(setup.deepModel()),
        setup.catalog().entries().entrySet().stream()
            .map(e -> model(e.getKey(), e.getValue()))
            .toList());
  }

  private static Provider provider(ProviderConfig provider, Map<String, String> env) {
    String variable = provider.keyVariable();
    String key = variable == null ? null : env.get(variable);
    boolean builtIn =
        ProviderTable.isBuiltIn(provider.name())
            && provider.equals(ProviderConfig.of(provider.name(), provider.kind()));
    return new Provider(
        provider.name(),
        provider.kind().configName(),
        provider.effectiveBaseUrl(),
        variable,
        key != null && !key.isBlank(),
        provider.headers().keySet().stream().sorted().toList(),
        builtIn);
  }

  private static Model model(String name, ModelInfo info) {
    boolean known = info.priceKnown();
    return new Model(
        name,
        info.contextWindow(),
        info.maxOutput(),
        known ? info.price().input() : null,
        known ? info.price().cachedInput() : null,
        known ? info.price().output() : null);
  }

  private static @Nullable String name(Optional<ModelRef> ref) {
    return ref.map(ModelRef::toString).orElse(null);
  }
}
