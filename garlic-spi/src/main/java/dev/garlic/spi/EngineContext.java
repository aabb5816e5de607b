package dev.garlic.spi;

import dev.garlic.spi.exec.CommandRunner;
import java.nio.file.Path;

/**
 * What an engine is given for one call: the workspace root, the effective settings, a reporter for
 * progress and warnings, a cancellation token, and the runner through which it runs commands (the
 * agent backs it with its sandbox and approval policy; engines never start processes themselves).
 * Later issues add an optional model.
 */
public record EngineContext(
    Path root,
    Settings settings,
    Reporter reporter,
    Cancellation cancellation,
    CommandRunner commands) {

  public EngineContext {
    root = root.toAbsolutePath().normalize();
  }

  /** A context that cannot run commands ({@link CommandRunner#UNAVAILABLE}). */
  public EngineContext(Path root, Settings settings, Reporter reporter, Cancellation cancellation) {
    this(root, settings, reporter, cancellation, CommandRunner.UNAVAILABLE);
  }

  /** A context with default settings that reports nothing and runs no commands; for tests. */
  public static EngineContext of(Path root) {
    return new EngineContext(root, Settings.EMPTY, Reporter.SILENT, Cancellation.create());
  }

  /** This context with {@code cancellation} in place of its own. */
  public EngineContext withCancellation(Cancellation cancellation) {
    return new EngineContext(root, settings, reporter, cancellation, commands);
  }

  /** This context with {@code commands} in place of its runner. */
  public EngineContext withCommands(CommandRunner commands) {
    return new EngineContext(root, settings, reporter, cancellation, commands);
  }
}
