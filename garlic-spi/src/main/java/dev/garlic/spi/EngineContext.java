package dev.garlic.spi;

import java.nio.file.Path;

/**
 * What an engine is given for one call: the workspace root, the effective settings, a reporter for
 * progress and warnings, and a cancellation token. Later issues add sandboxed execution and an
 * optional model.
 */
public record EngineContext(
    Path root, Settings settings, Reporter reporter, Cancellation cancellation) {

  public EngineContext {
    root = root.toAbsolutePath().normalize();
  }

  /** A context with default settings that reports nothing; for tests and embedding. */
  public static EngineContext of(Path root) {
    return new EngineContext(root, Settings.EMPTY, Reporter.SILENT, Cancellation.create());
  }
}
