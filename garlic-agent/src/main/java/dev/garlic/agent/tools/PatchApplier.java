package dev.garlic.agent.tools;

import dev.garlic.spi.GarlicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Works out the new content of every file a {@link Patch} touches, in memory, before anything is
 * written: so a patch whose last hunk does not apply changes nothing. Files keep their line
 * terminator ({@code \r\n} stays {@code \r\n}) and their lack of a final newline.
 */
final class PatchApplier {

  private static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  /** The files to write ({@code null} content: delete) and the summary to report. */
  record Plan(Map<Path, byte @Nullable []> writes, PatchResult result) {}

  private final Path root;
  private final Map<Path, byte @Nullable []> writes = new LinkedHashMap<>();
  private final Set<Path> touched = new HashSet<>();
  private final List<PatchResult.FileChange> changes = new ArrayList<>();

  private PatchApplier(Path root) {
    this.root = root;
  }

  /**
   * Plans {@code patch} against the files under {@code root}.
   *
   * @throws GarlicException (usage) for the first change that cannot be made, naming the file, the
   *     hunk and why
   */
  static Plan plan(Path root, Patch patch) {
    PatchApplier applier = new PatchApplier(root);
    for (Patch.Change change : patch.changes()) {
      switch (change) {
        case Patch.Add add -> applier.add(add);
        case Patch.Delete delete -> applier.delete(delete);
        case Patch.Update update -> applier.update(update);
      }
    }
    return new Plan(applier.writes, new PatchResult(applier.changes));
  }

  private void add(Patch.Add add) {
    Path file = claim(add.path());
    if (Files.exists(file)) {
      throw fail(add.path(), "file exists; use '*** Update File:' to change it");
    }
    writes.put(file, TextFiles.encode(String.join("\n", add.lines()) + "\n"));
    changes.add(change(add.path(), PatchResult.Kind.ADDED, null, add.lines().size(), 0));
  }

  private void delete(Patch.Delete delete) {
    Path file = claim(delete.path());
    String old = existing(file, delete.path());
    writes.put(file, null);
    int lines = TextFiles.lines(old).size();
    changes.add(change(delete.path(), PatchResult.Kind.DELETED, null, 0, lines));
  }

  private void update(Patch.Update update) {
    Path file = claim(update.path());
    String old = existing(file, update.path());
    List<String> lines = TextFiles.lines(old);
    List<String> result = new ArrayList<>();
    int cursor = 0;
    long added = 0;
    long removed = 0;
    for (Patch.Hunk hunk : update.hunks()) {
      int at = HunkMatcher.find(lines, hunk, cursor, "apply_patch: " + update.path());
      result.addAll(lines.subList(cursor, at));
      cursor = apply(hunk, lines, at, result);
      added += hunk.added();
      removed += hunk.removed();
    }
    result.addAll(lines.subList(cursor, lines.size()));
    String eol = old.contains("\r\n") ? "\r\n" : "\n";
    boolean finalNewline = old.isEmpty() || old.endsWith("\n");
    String text = String.join(eol, result) + (finalNewline && !result.isEmpty() ? eol : "");
    Path target = file;
    if (update.moveTo() != null) {
      target = claim(update.moveTo());
      if (Files.exists(target)) {
        throw fail(update.moveTo(), "cannot move " + update.path() + " here: the file exists");
      }
      writes.put(file, null);
    }
    writes.put(target, TextFiles.encode(text));
    PatchResult.Kind kind =
        update.moveTo() == null ? PatchResult.Kind.UPDATED : PatchResult.Kind.MOVED;
    changes.add(change(update.path(), kind, update.moveTo(), added, removed));
  }

  /**
   * Appends the hunk's outcome to {@code result}: the file's own context lines (so tolerated
   * whitespace differences are not rewritten) and the hunk's added lines. Returns the index after
   * the lines the hunk consumed.
   */
  private static int apply(Patch.Hunk hunk, List<String> lines, int at, List<String> result) {
    int cursor = at;
    for (String line : hunk.lines()) {
      switch (line.charAt(0)) {
        case ' ' -> result.add(lines.get(cursor++));
        case '-' -> cursor++;
        default -> result.add(line.substring(1));
      }
    }
    return cursor;
  }

  /** Resolves {@code path} and makes sure no other change of this patch touches it. */
  private Path claim(String path) {
    Path file = WorkspacePaths.resolve(root, path);
    if (!touched.add(file)) {
      throw fail(path, "the patch changes this file twice; merge the changes into one section");
    }
    if (file.equals(root) || Files.isDirectory(file)) {
      throw fail(path, "is a directory; give the path of a file");
    }
    return file;
  }

  private static String existing(Path file, String path) {
    if (!Files.exists(file)) {
      throw fail(path, "file not found; use '*** Add File:' to create it, or check the path");
    }
    return TextFiles.read(file, path, MAX_FILE_BYTES);
  }

  private PatchResult.FileChange change(
      String path, PatchResult.Kind kind, @Nullable String movedTo, long added, long removed) {
    String display = WorkspacePaths.display(root, WorkspacePaths.resolve(root, path));
    String movedDisplay =
        movedTo == null
            ? null
            : WorkspacePaths.display(root, WorkspacePaths.resolve(root, movedTo));
    return new PatchResult.FileChange(display, kind, movedDisplay, added, removed);
  }

  private static GarlicException fail(String path, String why) {
    return GarlicException.usage("apply_patch: " + path + ": " + why);
  }
}
