package dev.garlic.workspace.copy;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Copying one task's changes back into the original directory. Every changed path is checked
 * against the original first: if the original no longer holds what was copied (and does not already
 * hold the task's version), nothing is written and the conflicting files are named. Then the new
 * contents are staged as temporary files beside their targets and moved over them atomically, one
 * by one, so that no file is ever half-written; a failure while staging leaves the original
 * untouched.
 */
final class CopyApplication {

  private final CopyManifest manifest;
  private final Path origin;

  CopyApplication(CopyManifest manifest) {
    this.manifest = manifest;
    this.origin = manifest.task().origin();
  }

  /** Applies the changes and returns the manifest to record afterwards, with what was done. */
  Result apply(List<CopyChanges.Change> changes) throws IOException {
    String id = manifest.task().id();
    if (changes.isEmpty()) {
      throw GarlicException.input("task '" + id + "' has no changes to apply");
    }
    List<CopyChanges.Change> pending = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (CopyChanges.Change change : changes) {
      String now = CopyChanges.fingerprint(origin, change.path());
      if (Objects.equals(now, change.after())) {
        continue; // the original already holds the task's version
      }
      if (!Objects.equals(now, change.before())) {
        conflicts.add(change.path());
      } else {
        pending.add(change);
      }
    }
    if (!conflicts.isEmpty()) {
      throw GarlicException.input(
          "the original changed since task '"
              + id
              + "' was copied: "
              + String.join(", ", conflicts)
              + "; nothing was applied; compare with garlic diff "
              + id
              + " and merge by hand, or discard the task");
    }
    Map<CopyChanges.Change, Path> staged = stage(pending);
    List<String> written = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (CopyChanges.Change change : pending) {
      Path target = origin.resolve(change.path());
      Path temp = staged.get(change);
      if (temp != null) {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        written.add(change.path());
      } else {
        Files.deleteIfExists(target);
        removeEmptyParents(target.getParent());
        deleted.add(change.path());
      }
    }
    SortedMap<String, String> files = new TreeMap<>(manifest.files());
    for (CopyChanges.Change change : changes) {
      if (change.after() == null) {
        files.remove(change.path());
      } else {
        files.put(change.path(), change.after());
      }
    }
    return new Result(new CopyManifest(manifest.task(), files), new CopyApplied(written, deleted));
  }

  record Result(CopyManifest manifest, CopyApplied applied) {}

  /** Writes every new content to a temporary file beside its target; all or none. */
  private Map<CopyChanges.Change, Path> stage(List<CopyChanges.Change> pending) throws IOException {
    Map<CopyChanges.Change, Path> staged = new LinkedHashMap<>();
    try {
      for (CopyChanges.Change change : pending) {
        CopyTree.Entry entry = change.entry();
        if (entry == null) {
          continue;
        }
        Path target = origin.resolve(change.path());
        Path dir = Files.createDirectories(target.getParent());
        Path temp = dir.resolve("." + target.getFileName() + "." + System.nanoTime() + ".garlic");
        if (entry.symlink()) {
          Files.createSymbolicLink(temp, Files.readSymbolicLink(entry.file()));
        } else {
          Files.copy(entry.file(), temp, StandardCopyOption.COPY_ATTRIBUTES);
          keepPermissions(entry.file(), temp);
        }
        staged.put(change, temp);
      }
      return staged;
    } catch (IOException | RuntimeException e) {
      for (Path temp : staged.values()) {
        Files.deleteIfExists(temp);
      }
      throw e;
    }
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    if (Files.getFileAttributeView(to, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }
  }

  /** Removes directories the task emptied, up to (not including) the original's root. */
  private void removeEmptyParents(Path dir) throws IOException {
    for (Path d = dir; d != null && d.startsWith(origin) && !d.equals(origin); d = d.getParent()) {
      if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      try {
        Files.delete(d);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }
}
