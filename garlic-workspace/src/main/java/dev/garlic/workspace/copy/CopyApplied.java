package dev.garlic.workspace.copy;

import java.util.List;

/**
 * What {@link TaskCopies#apply} did to the original directory.
 *
 * @param written files created or replaced, sorted
 * @param deleted files removed, sorted
 */
public record CopyApplied(List<String> written, List<String> deleted) {

  public CopyApplied {
    written = List.copyOf(written);
    deleted = List.copyOf(deleted);
  }

  /** How many files changed in all. */
  public int count() {
    return written.size() + deleted.size();
  }
}
