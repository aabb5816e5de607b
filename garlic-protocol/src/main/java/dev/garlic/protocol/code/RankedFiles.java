package dev.garlic.protocol.code;

import java.util.List;

/** Files ranked for a task, best first. */
public record RankedFiles(List<RankedFile> files) {

  public RankedFiles {
    files = List.copyOf(files);
  }
}
