package dev.garlic.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every subcommand accepts, before or after its name. Set by picocli while parsing. */
final class GlobalOptions {

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print the result as one JSON document on stdout (snake_case keys).")
  boolean json;

  @Option(
      names = "-C",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Run as if garlic was started in DIR.")
  @Nullable Path directory;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print stack traces of unexpected errors.")
  boolean verbose;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Never colour the output (also: NO_COLOR, ui.color = \"never\").")
  boolean noColor;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      scope = ScopeType.INHERIT,
      description = "Set a configuration key for this run; overrides every other source.")
  Map<String, String> settings = new LinkedHashMap<>();
}
