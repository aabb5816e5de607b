package dev.garlic.agent.tools;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code apply_patch} changed, one entry per file in patch order.
 *
 * @param files the changed files
 */
public record PatchResult(List<PatchResult.FileChange> files) {

  public PatchResult {
    files = List.copyOf(files);
  }

  /** How a file was changed. */
  public enum Kind {
    ADDED,
    UPDATED,
    DELETED,
    MOVED
  }

  /**
   * One changed file.
   *
   * @param path the file as it was named in the patch, relative to the workspace root
   * @param kind what happened to it
   * @param movedTo its new path when it was moved, else null
   * @param added lines added
   * @param removed lines removed
   */
  public record FileChange(
      String path, Kind kind, @Nullable String movedTo, long added, long removed) {}

  /** One line per file: {@code A}, {@code M}, {@code D} or {@code R}, the path, the counts. */
  String text() {
    StringBuilder out = new StringBuilder("applied patch:\n");
    for (FileChange f : files) {
      String letter =
          switch (f.kind()) {
            case ADDED -> "A ";
            case UPDATED -> "M ";
            case DELETED -> "D ";
            case MOVED -> "R ";
          };
      out.append(letter).append(f.path());
      if (f.movedTo() != null) {
        out.append(" -> ").append(f.movedTo());
      }
      out.append(" (+").append(f.added()).append(" -").append(f.removed()).append(")\n");
    }
    return out.toString();
  }
}
