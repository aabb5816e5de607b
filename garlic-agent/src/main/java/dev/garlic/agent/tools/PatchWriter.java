package dev.garlic.agent.tools;

import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a planned patch: each file atomically, new content before deletions (so a move never loses
 * the file), and on an I/O failure puts back every file it had already changed.
 */
final class PatchWriter {

  private PatchWriter() {}

  /**
   * Writes {@code writes}: content to write, or null to delete.
   *
   * @throws GarlicException (input) when the disk refuses a write; the files are then restored
   */
  static void write(Map<Path, byte @Nullable []> writes) {
    Map<Path, byte @Nullable []> originals = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte @Nullable []> e : ordered(writes)) {
        Path file = e.getValue() == null ? e.getKey() : WorkspacePaths.writeTarget(e.getKey());
        originals.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
        byte[] content = e.getValue();
        if (content == null) {
          Files.deleteIfExists(file);
        } else {
          Files.createDirectories(file.getParent());
          AtomicFiles.write(file, content);
        }
      }
    } catch (IOException e) {
      restore(originals);
      throw GarlicException.input(
          "apply_patch: could not write the patch, nothing was changed: " + e.getMessage());
    }
  }

  private static List<Map.Entry<Path, byte @Nullable []>> ordered(
      Map<Path, byte @Nullable []> writes) {
    List<Map.Entry<Path, byte @Nullable []>> order = new ArrayList<>();
    writes.entrySet().stream().filter(e -> e.getValue() != null).forEach(order::add);
    writes.entrySet().stream().filter(e -> e.getValue() == null).forEach(order::add);
    return order;
  }

  private static void restore(Map<Path, byte @Nullable []> originals) {
    for (Map.Entry<Path, byte @Nullable []> e : originals.entrySet()) {
      try {
        byte[] content = e.getValue();
        if (content == null) {
          Files.deleteIfExists(e.getKey());
        } else {
          AtomicFiles.write(e.getKey(), content);
        }
      } catch (IOException ignored) {
        // Best effort: the failure that got us here is what the caller reports.
      }
    }
  }
}
