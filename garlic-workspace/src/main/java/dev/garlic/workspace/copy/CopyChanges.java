package dev.garlic.workspace.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** What differs between a copy and its manifest: the files the task added, changed or deleted. */
final class CopyChanges {

  /**
   * One changed path.
   *
   * @param path the workspace-relative path
   * @param before its fingerprint in the manifest, or null when the task added it
   * @param after its fingerprint in the copy, or null when the task deleted it
   * @param entry the copy's file, or null when deleted
   */
  record Change(
      String path,
      @Nullable String before,
      @Nullable String after,
      CopyTree.@Nullable Entry entry) {}

  private CopyChanges() {}

  /** The changes of the copy at {@code copyRoot} against {@code manifest}, sorted by path. */
  static List<Change> of(CopyManifest manifest, Path copyRoot) throws IOException {
    SortedMap<String, CopyTree.Entry> copy = CopyTree.walk(copyRoot);
    Map<String, String> before = manifest.files();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(copy.keySet());
    List<Change> changes = new ArrayList<>();
    for (String path : paths) {
      CopyTree.Entry entry = copy.get(path);
      String after = entry == null ? null : entry.fingerprint();
      String was = before.get(path);
      if (after == null ? was != null : !after.equals(was)) {
        changes.add(new Change(path, was, after, entry));
      }
    }
    return changes;
  }

  /**
   * The entry at {@code path} under {@code root}, or null when nothing (or a directory) is there.
   */
  static CopyTree.@Nullable Entry at(Path root, String path) throws IOException {
    Path file = root.resolve(path);
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    if (a.isSymbolicLink()) {
      return new CopyTree.Entry(path, file, true);
    }
    return a.isRegularFile() ? new CopyTree.Entry(path, file, false) : null;
  }

  /** The fingerprint of what is at {@code path} under {@code root}, or null when nothing is. */
  static @Nullable String fingerprint(Path root, String path) throws IOException {
    CopyTree.Entry entry = at(root, path);
    return entry == null ? null : entry.fingerprint();
  }
}
