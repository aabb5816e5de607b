package dev.garlic.spi;

/**
 * Where an engine reports progress on long work and problems that do not stop it. Libraries never
 * print; front ends decide how (or whether) to show these. Implementations must be thread-safe.
 */
public interface Reporter {

  /** Reports nothing. */
  Reporter SILENT =
      new Reporter() {
        @Override
        public void progress(String task, long done, long total) {}

        @Override
        public void warn(String message) {}
      };

  /**
   * {@code done} of {@code total} units of {@code task} are finished; {@code total} is -1 when
   * unknown. Called often; implementations throttle what they show.
   */
  void progress(String task, long done, long total);

  /** A one-line problem that did not stop the work (a skipped file, an unresolved classpath). */
  void warn(String message);
}
