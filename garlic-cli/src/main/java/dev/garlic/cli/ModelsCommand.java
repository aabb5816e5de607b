package dev.garlic.cli;

import dev.garlic.agent.models.ModelSetup;
import dev.garlic.llm.ModelInfo;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/**
 * {@code garlic models}: the providers, the active models and the model catalog. It says whether
 * each provider's key variable is set, never what it holds, and names headers without their values,
 * which may hold credentials too.
 */
@Command(
    name = "models",
    description = {
      "List the providers, the active model and the known models with their prices.",
      "Configure them with [providers.NAME], model = \"NAME/model-id\" and"
          + " [models.\"NAME/model-id\"] (see docs/cli.md)."
    })
final class ModelsCommand implements Callable<Integer> {

  private final Invocation invocation;

  ModelsCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ModelSetup setup = ModelSetup.from(invocation.config(invocation.root()));
    Map<String, String> env = invocation.io().env();
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(json(setup, env));
    } else {
      output.text(text(setup, env, output.palette()));
    }
    return 0;
  }

  private static Map<String, @Nullable Object> json(ModelSetup setup, Map<String, String> env) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("providers", setup.providers().stream().map(p -> provider(p, env)).toList());
    out.put("model", name(setup.model()));
    out.put("reflex_model", name(setup.reflexModel()));
    out.put("deep_model", name(setup.deepModel()));
    out.put(
        "catalog",
        setup.catalog().entries().entrySet().stream()
            .map(e -> model(e.getKey(), e.getValue()))
            .toList());
    return out;
  }

  private static Map<String, @Nullable Object> provider(
      ProviderConfig provider, Map<String, String> env) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("name", provider.name());
    out.put("kind", provider.kind().configName());
    out.put("base_url", provider.effectiveBaseUrl());
    out.put("api_key_env", provider.keyVariable());
    out.put("api_key_set", keySet(provider, env));
    out.put("headers", List.copyOf(provider.headers().keySet()));
    out.put(
        "built_in", ModelSetup.isBuiltIn(provider.name()) && provider.equals(builtIn(provider)));
    return out;
  }

  private static Map<String, @Nullable Object> model(String name, ModelInfo info) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("model", name);
    out.put("context_window", info.contextWindow());
    out.put("max_output", info.maxOutput());
    out.put("input_price", info.priceKnown() ? info.price().input() : null);
    out.put("cached_input_price", info.priceKnown() ? info.price().cachedInput() : null);
    out.put("output_price", info.priceKnown() ? info.price().output() : null);
    return out;
  }

  private static String text(ModelSetup setup, Map<String, String> env, Palette palette) {
    StringBuilder out = new StringBuilder(palette.heading("Providers")).append('\n');
    Table providers = new Table(palette);
    for (ProviderConfig p : setup.providers()) {
      String variable = p.keyVariable();
      String key =
          variable == null
              ? "no key needed"
              : variable + (keySet(p, env) ? " is set" : " is not set");
      providers.row("  " + p.name(), p.kind().configName(), p.effectiveBaseUrl(), key);
    }
    out.append(providers).append('\n');
    out.append(palette.heading("Model")).append(' ').append(active(setup, palette)).append("\n\n");
    out.append(palette.heading("Catalog")).append(palette.dim(" (USD per million tokens)"));
    out.append('\n');
    Table catalog = new Table(palette);
    catalog.row("  model", "context", "max out", "input $", "cached $", "output $");
    setup.catalog().entries().forEach((name, info) -> catalog.row(row(name, info)));
    return out.append(catalog).toString();
  }

  private static String active(ModelSetup setup, Palette palette) {
    Optional<ModelRef> model = setup.model();
    if (model.isEmpty()) {
      return palette.dim("none (set model = \"PROVIDER/model-id\"; Reflex answers need none)");
    }
    String line = model.get().toString();
    if (!setup.reflexModel().equals(model)) {
      line += ", reflex " + name(setup.reflexModel());
    }
    if (!setup.deepModel().equals(model)) {
      line += ", deep " + name(setup.deepModel());
    }
    return line;
  }

  private static String[] row(String name, ModelInfo info) {
    String[] prices =
        info.priceKnown()
            ? new String[] {
              usd(info.price().input()), usd(info.price().cachedInput()), usd(info.price().output())
            }
            : new String[] {"?", "?", "?"};
    return new String[] {
      "  " + name,
      tokens(info.contextWindow()),
      tokens(info.maxOutput()),
      prices[0],
      prices[1],
      prices[2]
    };
  }

  private static String tokens(long count) {
    return count % 1000 == 0 ? count / 1000 + "K" : String.valueOf(count);
  }

  private static String usd(double price) {
    return String.format(Locale.ROOT, "%.3f", price);
  }

  private static boolean keySet(ProviderConfig provider, Map<String, String> env) {
    String variable = provider.keyVariable();
    String value = variable == null ? null : env.get(variable);
    return value != null && !value.isBlank();
  }

  private static ProviderConfig builtIn(ProviderConfig provider) {
    return ProviderConfig.of(provider.name(), provider.kind());
  }

  private static @Nullable String name(Optional<ModelRef> ref) {
    return ref.map(ModelRef::toString).orElse(null);
  }
}
