package dev.garlic.workspace.git;

import dev.garlic.workspace.AtomicFiles;
import dev.garlic.workspace.StateDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link GitHistory#lastChanged(int)} results kept in {@code .garlic/cache/}, one file per commit
 * the answer was computed at: history only changes with a new commit, so an entry for the current
 * HEAD is always right, and reading it is much faster than running {@code git log} over two
 * thousand commits. Entries for older HEADs are deleted when a new one is written. Failures to read
 * or write are ignored: the cache is only a shortcut.
 */
final class RecencyCache {

  private static final String PREFIX = "git-recency-";

  private final Path root;
  private final Path dir;
  private final Path file;

  RecencyCache(Path root, String head, int maxCommits) {
    this.root = root;
    this.dir = StateDir.of(root).resolve("cache");
    this.file = dir.resolve(PREFIX + head + "-" + maxCommits + ".txt");
  }

  Optional<Map<String, Long>> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String[] fields = Files.readString(file, StandardCharsets.UTF_8).split("\0");
      Map<String, Long> changed = new HashMap<>();
      for (int i = 0; i + 1 < fields.length; i += 2) {
        changed.put(fields[i], Long.parseLong(fields[i + 1]));
      }
      return Optional.of(Map.copyOf(changed));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void write(Map<String, Long> changed) {
    StringBuilder text = new StringBuilder();
    changed.forEach((path, time) -> text.append(path).append('\0').append(time).append('\0'));
    try {
      StateDir.create(root, "cache");
      deleteOlderEntries();
      AtomicFiles.write(file, text.toString());
    } catch (IOException e) {
      // The next call runs git again; nothing else depends on the cache.
    }
  }

  private void deleteOlderEntries() throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, PREFIX + "*.txt")) {
      for (Path entry : entries) {
        Files.deleteIfExists(entry);
      }
    }
  }
}
