package dev.garlic.cli;

import dev.garlic.agent.models.ModelOverview;
import dev.garlic.agent.models.ModelSetup;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/**
 * {@code garlic models}: the providers, the active models and the model catalog, from {@link
 * ModelOverview}, which never holds a key or a header value.
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
    ModelOverview overview = setup.overview(invocation.io().env());
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(overview);
    } else {
      output.text(text(overview, output.palette()));
    }
    return 0;
  }

  private static String text(ModelOverview overview, Palette palette) {
    StringBuilder out = new StringBuilder(palette.heading("Providers")).append('\n');
    Table providers = new Table(palette);
    for (ModelOverview.Provider p : overview.providers()) {
      String key =
          p.apiKeyEnv() == null
              ? "no key needed"
              : p.apiKeyEnv() + (p.apiKeySet() ? " is set" : " is not set");
      providers.row("  " + p.name(), p.kind(), p.baseUrl(), key);
    }
    out.append(providers).append('\n');
    out.append(palette.heading("Model")).append(' ').append(active(overview, palette));
    out.append("\n\n").append(palette.heading("Catalog"));
    out.append(palette.dim(" (USD per million tokens)")).append('\n');
    Table catalog = new Table(palette);
    catalog.row("  model", "context", "max out", "input $", "cached $", "output $");
    for (ModelOverview.Model m : overview.catalog()) {
      catalog.row(
          "  " + m.model(),
          tokens(m.contextWindow()),
          tokens(m.maxOutput()),
          usd(m.inputPrice()),
          usd(m.cachedInputPrice()),
          usd(m.outputPrice()));
    }
    return out.append(catalog).toString();
  }

  private static String active(ModelOverview overview, Palette palette) {
    String model = overview.model();
    if (model == null) {
      return palette.dim("none (set model = \"PROVIDER/model-id\"; Reflex answers need none)");
    }
    StringBuilder line = new StringBuilder(model);
    if (!Objects.equals(overview.reflexModel(), model)) {
      line.append(", reflex ").append(overview.reflexModel());
    }
    if (!Objects.equals(overview.deepModel(), model)) {
      line.append(", deep ").append(overview.deepModel());
    }
    return line.toString();
  }

  private static String tokens(long count) {
    return count % 1000 == 0 ? count / 1000 + "K" : String.valueOf(count);
  }

  private static String usd(@Nullable Double price) {
    return price == null ? "?" : String.format(Locale.ROOT, "%.3f", price);
  }
}
