package dev.garlic.protocol.code;

import java.util.List;

/**
 * What one run of the indexer did.
 *
 * @param files files in the index after the run
 * @param parsed files parsed in this run (new or changed)
 * @param removed files dropped from the index (deleted, renamed away or now ignored)
 * @param skipped files the walk passed over (binary, too large, unreadable), with reasons in {@code
 *     warnings}
 * @param lines lines of text in the indexed files
 * @param definitions definitions in the index
 * @param millis wall-clock time of the run
 * @param rebuilt true if an unusable index was thrown away and built again
 * @param warnings one line per problem that did not stop the run
 */
public record IndexReport(
    int files,
    int parsed,
    int removed,
    int skipped,
    long lines,
    long definitions,
    long millis,
    boolean rebuilt,
    List<String> warnings) {

  public IndexReport {
    warnings = List.copyOf(warnings);
  }
}
