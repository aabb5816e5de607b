package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.models.ModelKeys;
import dev.garlic.agent.route.RouterSettings;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Engines;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import dev.garlic.workspace.Workspace;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@code garlic}: the process surroundings, the global options as parsed, the discovered
 * engines, and what commands share (the workspace root, its configuration, the reporter, the
 * output). Not thread-safe: commands run on the main thread; only {@link #cancel()} may be called
 * from another.
 */
final class Invocation {

  private final Io io;
  private final GlobalOptions options;
  private final Supplier<Engines> discover;
  private @Nullable Engines engines;
  private final Cancellation cancellation = Cancellation.create();
  private @Nullable Config config;
  // Read by the Ctrl-C hook on another thread.
  private volatile @Nullable ConsoleReporter reporter;

  /**
   * @param discover finds the engines; called at most once, and only by commands that need them, so
   *     that {@code --help} and {@code --version} start without loading any engine
   */
  Invocation(Io io, GlobalOptions options, Supplier<Engines> discover) {
    this.io = io;
    this.options = options;
    this.discover = discover;
  }

  Io io() {
    return io;
  }

  Engines engines() {
    Engines current = engines;
    if (current == null) {
      current = discover.get();
      engines = current;
    }
    return current;
  }

  /** The directory relative paths are resolved against: {@code -C DIR}, else the working one. */
  Path base() {
    return options.directory == null ? io.cwd() : io.cwd().resolve(options.directory);
  }

  /**
   * The workspace root: {@code dir} resolved against {@link #base()}, or the base itself.
   *
   * @throws dev.garlic.spi.GarlicException (input) if it is not a readable directory
   */
  Path root(@Nullable String dir) {
    return Workspace.open(dir == null ? base() : base().resolve(dir)).root();
  }

  Path root() {
    return root(null);
  }

  /** Every key engines and the command line declare. */
  List<ConfigKey> knownKeys() {
    List<ConfigKey> keys = new ArrayList<>(engines().configKeys());
    keys.addAll(CliKeys.ALL);
    keys.addAll(ModelKeys.ALL);
    keys.addAll(RouterSettings.KEYS);
    return keys;
  }

  /** The configuration of {@code root}, loaded on first use; its warnings go to the reporter. */
  Config config(Path root) {
    Config current = config;
    if (current == null) {
      current = new ConfigLoader(knownKeys(), io.env(), io.home()).load(root, options.settings);
      config = current;
      current.warnings().forEach(reporter(current)::warn);
    }
    return current;
  }

  /** Calls tool {@code name} on the workspace at {@code root} and prints its result. */
  int runTool(String name, ObjectNode arguments, Path root) {
    Tool tool =
        engines()
            .tool(name)
            .orElseThrow(
                () ->
                    GarlicException.environment(
                        "no tool '"
                            + name
                            + "' on the class path; rebuild garlic so that its engine is"
                            + " included"));
    Config settings = config(root);
    ConsoleReporter progress = reporter(settings);
    ToolResult result;
    try {
      result = tool.call(arguments, new EngineContext(root, settings, progress, cancellation));
    } finally {
      progress.close();
    }
    output(settings).print(result);
    return 0;
  }

  int runTool(String name, ObjectNode arguments) {
    return runTool(name, arguments, root());
  }

  /** The output for results; colour is decided by flags, environment and {@code ui.color}. */
  Output output(Config settings) {
    boolean color =
        Palette.enabled(
            options.noColor,
            io.env().getOrDefault("NO_COLOR", ""),
            settings.string(CliKeys.COLOR, "auto"),
            io.interactive());
    return new Output(io.out(), options.json, new Palette(color));
  }

  /** Output for commands that need no workspace (colour from flags and environment only). */
  Output output() {
    boolean color =
        Palette.enabled(
            options.noColor, io.env().getOrDefault("NO_COLOR", ""), "auto", io.interactive());
    return new Output(io.out(), options.json, new Palette(color));
  }

  /** Stops running tools at their next check; called from the Ctrl-C shutdown hook. */
  void cancel() {
    cancellation.cancel();
    ConsoleReporter shown = reporter;
    if (shown != null) {
      shown.close();
    }
  }

  /** The cancellation that Ctrl-C triggers, for commands that run long work themselves. */
  Cancellation cancellation() {
    return cancellation;
  }

  /** Where progress and warnings of {@code settings}' run go (stderr, throttled). */
  ConsoleReporter reporter(Config settings) {
    ConsoleReporter current = reporter;
    if (current == null) {
      boolean progress = io.interactive() && !options.json && settings.bool(CliKeys.PROGRESS, true);
      int maxWarnings = (int) settings.integer(CliKeys.MAX_WARNINGS, 20);
      current = new ConsoleReporter(io.err(), progress, maxWarnings, System::nanoTime);
      reporter = current;
    }
    return current;
  }
}
