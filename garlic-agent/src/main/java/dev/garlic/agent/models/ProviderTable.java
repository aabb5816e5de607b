package dev.garlic.agent.models;

import dev.garlic.llm.ModelException;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.ProviderKind;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code [providers.NAME]} tables. The providers {@code openai}, {@code anthropic} and
 * {@code ollama} exist without configuration, at their public defaults, so that {@code model =
 * "anthropic/claude-opus-4-6"} works with nothing but the API key set; a table of the same name
 * replaces them and may omit {@code kind}.
 */
final class ProviderTable {

  private static final Map<String, ProviderKind> BUILT_IN =
      Map.of(
          "openai", ProviderKind.OPENAI,
          "anthropic", ProviderKind.ANTHROPIC,
          "ollama", ProviderKind.OLLAMA);

  private static final String KINDS =
      Arrays.stream(ProviderKind.values())
          .map(ProviderKind::configName)
          .collect(Collectors.joining(", "));

  private ProviderTable() {}

  /** Every provider by name, sorted; configured ones replace built-in ones. */
  static Map<String, ProviderConfig> read(Config config) {
    Map<String, ProviderConfig> providers = new TreeMap<>();
    BUILT_IN.forEach((name, kind) -> providers.put(name, ProviderConfig.of(name, kind)));
    for (String name : config.tableNames("providers.*")) {
      providers.put(name, provider(config, name));
    }
    return providers;
  }

  /** Whether {@code name} is a provider that needs no configuration. */
  static boolean isBuiltIn(String name) {
    return BUILT_IN.containsKey(name);
  }

  private static ProviderConfig provider(Config config, String name) {
    String kindKey = key(name, ModelKeys.KIND);
    Optional<Object> kindName = config.raw(kindKey);
    ProviderKind kind;
    if (kindName.isEmpty()) {
      kind = BUILT_IN.get(name);
      if (kind == null) {
        throw GarlicException.config(
            "provider \"%s\" has no kind; set %s to one of: %s".formatted(name, kindKey, KINDS));
      }
    } else {
      kind = kind(config, kindKey, (String) kindName.get());
    }
    return new ProviderConfig(
        name,
        kind,
        string(config, key(name, ModelKeys.BASE_URL)),
        string(config, key(name, ModelKeys.API_KEY_ENV)),
        headers(config, key(name, ModelKeys.HEADERS)));
  }

  private static ProviderKind kind(Config config, String key, String name) {
    try {
      return ProviderKind.fromConfig(name);
    } catch (ModelException e) {
      throw GarlicException.config(
          "unknown provider kind \"%s\" for %s in %s; use one of: %s"
              .formatted(name, key, ModelSetup.origin(config, key), KINDS));
    }
  }

  private static @Nullable String string(Config config, String key) {
    return config.raw(key).map(String::valueOf).orElse(null);
  }

  private static Map<String, String> headers(Config config, String key) {
    Map<String, String> headers = new LinkedHashMap<>();
    config
        .raw(key)
        .ifPresent(
            value -> ((Map<?, ?>) value).forEach((k, v) -> headers.put((String) k, (String) v)));
    return headers;
  }

  private static String key(String provider, String field) {
    return Config.key("providers", provider, field);
  }
}
