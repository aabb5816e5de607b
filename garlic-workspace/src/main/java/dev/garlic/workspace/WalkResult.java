package dev.garlic.workspace;

import java.util.List;

/**
 * The files a walk found, sorted by path, and one line for each file it passed over and why
 * (binary, larger than the limit, unreadable, a symlink it did not follow), such as {@code
 * "data/big.json: larger than 1 MiB (1.4 MiB); raise index.max_file_bytes to include it"}. Files
 * that are ignored or of no known language are left out silently.
 */
public record WalkResult(List<SourceFile> files, List<String> skipped) {

  public WalkResult {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
