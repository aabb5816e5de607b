package dev.garlic.index.store;

import dev.garlic.spi.Settings;
import dev.garlic.workspace.WalkOptions;
import dev.garlic.workspace.Workspace;
import java.util.List;

/**
 * The settings the indexer reads.
 *
 * @param maxFileBytes files larger than this are skipped with a warning
 * @param exclude patterns in {@code .gitignore} syntax left out of the index, on top of the
 *     workspace's ignore files
 * @param threads how many files are read and parsed at once
 * @param lockTimeoutMillis how long to wait for another process's write lock before failing
 */
public record IndexOptions(
    long maxFileBytes, List<String> exclude, int threads, long lockTimeoutMillis) {

  public static final String MAX_FILE_BYTES = "index.max_file_bytes";
  public static final String EXCLUDE = "index.exclude";
  public static final String THREADS = "index.threads";
  public static final String LOCK_TIMEOUT_MS = "index.lock_timeout_ms";
  public static final long DEFAULT_LOCK_TIMEOUT_MS = 5_000;

  public IndexOptions {
    exclude = List.copyOf(exclude);
    threads = Math.max(1, threads);
  }

  public static IndexOptions from(Settings settings) {
    return new IndexOptions(
        settings.integer(MAX_FILE_BYTES, Workspace.DEFAULT_MAX_FILE_BYTES),
        settings.strings(EXCLUDE, List.of()),
        (int) settings.integer(THREADS, Runtime.getRuntime().availableProcessors()),
        settings.integer(LOCK_TIMEOUT_MS, DEFAULT_LOCK_TIMEOUT_MS));
  }

  /** How the workspace walk applies these options. */
  WalkOptions walkOptions() {
    return WalkOptions.DEFAULTS.withMaxFileBytes(maxFileBytes).withExcludes(exclude);
  }
}
