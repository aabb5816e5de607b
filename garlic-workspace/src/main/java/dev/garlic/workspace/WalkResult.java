package dev.garlic.workspace;

import java.util.List;

/**
 * The files a walk found, sorted by path, and one line for each file it passed over and why
 * (binary, larger than the limit, unreadable, a symlink loop).
 */
public record WalkResult(List<SourceFile> files, List<String> skipped) {

  public WalkResult {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
