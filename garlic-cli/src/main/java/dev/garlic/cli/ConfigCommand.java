package dev.garlic.cli;

import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code garlic config}: inspects the effective configuration. */
@Command(
    name = "config",
    description = "Inspect the configuration.",
    subcommands = ConfigCommand.Show.class)
final class ConfigCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command (try 'garlic config show')");
  }

  /** {@code garlic config show [--origin]}: every known key with its effective value. */
  @Command(
      name = "show",
      description = {
        "Print the effective value of every known key, as TOML.",
        "Precedence: --set flags > GARLIC_* environment > <repo>/.garlic/config.toml"
            + " > ~/.garlic/config.toml > defaults."
      })
  static final class Show implements Callable<Integer> {

    private final Invocation invocation;

    @Option(names = "--origin", description = "Also say where each value comes from.")
    boolean origin;

    Show(Invocation invocation) {
      this.invocation = invocation;
    }

    @Override
    public Integer call() {
      Config config = invocation.config(invocation.root());
      Output output = invocation.output(config);
      if (output.json()) {
        output.printJson(Map.of("values", config.entries().stream().map(Show::json).toList()));
      } else {
        output.text(toml(config.entries(), output.palette()));
      }
      return 0;
    }

    private String toml(List<ConfigEntry> entries, Palette palette) {
      Table table = new Table(palette);
      for (ConfigEntry entry : entries) {
        String value = entry.value() == null ? "" : tomlValue(entry.value());
        String key = entry.value() == null ? "# " + entry.name() : entry.name();
        String setting = entry.value() == null ? "(unset)" : "= " + value;
        if (origin) {
          table.row(key, setting, palette.dim("# " + entry.origin()));
        } else {
          table.row(key, setting);
        }
      }
      return table.toString();
    }

    private static Map<String, @Nullable Object> json(ConfigEntry entry) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      out.put("key", entry.name());
      out.put("value", entry.value());
      out.put("type", entry.key().type().name().toLowerCase(Locale.ROOT));
      out.put("origin", entry.origin().toString());
      out.put("description", entry.key().description());
      return out;
    }

    /** A value in TOML syntax; strings go through JSON quoting, which TOML basic strings share. */
    static String tomlValue(Object value) {
      if (value instanceof List<?> list) {
        return list.stream().map(ConfigCommand.Show::tomlValue).toList().toString();
      }
      if (value instanceof Map<?, ?> map) {
        // An inline table; header values are shown because config show is for the user's own eyes.
        StringBuilder table = new StringBuilder("{ ");
        map.forEach(
            (k, v) ->
                table
                    .append(table.length() > 2 ? ", " : "")
                    .append(Json.write(k))
                    .append(" = ")
                    .append(tomlValue(v)));
        return table.append(table.length() > 2 ? " }" : "}").toString();
      }
      return value instanceof String ? Json.write(value) : String.valueOf(value);
    }
  }
}
