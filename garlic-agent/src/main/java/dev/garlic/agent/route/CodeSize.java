package dev.garlic.agent.route;

import java.util.List;
import java.util.Optional;

/**
 * How much code a request involves: the files the index located for it (those ranked close enough
 * to the best) and their total line count. When it could not be measured (no index engine, the
 * locator failed) {@link #measured()} is false and {@link #note()} says why.
 *
 * @param files the involved files, workspace-relative, best first
 * @param lines their total number of lines
 * @param measured whether the index was asked at all
 * @param note why nothing was measured, or {@code ""}
 */
public record CodeSize(List<LocatedFile> files, long lines, boolean measured, String note) {

  /** One involved file and its line count. */
  public record LocatedFile(String path, long lines) {}

  public CodeSize {
    files = List.copyOf(files);
  }

  /** The size of {@code files}. */
  public static CodeSize of(List<LocatedFile> files) {
    return new CodeSize(files, files.stream().mapToLong(LocatedFile::lines).sum(), true, "");
  }

  /** A size that could not be measured, and why. */
  public static CodeSize unknown(String why) {
    return new CodeSize(List.of(), 0, false, why);
  }

  /** The note when not measured. */
  public Optional<String> unmeasuredBecause() {
    return measured ? Optional.empty() : Optional.of(note);
  }
}
