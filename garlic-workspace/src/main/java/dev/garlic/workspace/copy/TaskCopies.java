package dev.garlic.workspace.copy;

import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.StateDir;
import dev.garlic.workspace.git.TaskState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The tasks of a directory that is not a git repository, each working on its own copy under {@code
 * <dir>/.garlic/copies/<id>} so that the user's files are never half-edited (the {@code --no-git}
 * mode). The copy honours {@code .garlic/ignore} and the {@code .gitignore} files and skips build
 * output (see {@link dev.garlic.workspace.WalkOptions#DEFAULT_EXCLUDED_DIRS}); the SHA-256 of every
 * copied file is recorded in {@code <id>.json} beside it, and is what {@link #diff}, {@link #apply}
 * and {@link #list} measure changes against — in the copy and in the original. The repository's
 * {@code .garlic/config.toml} and {@code .garlic/ignore} go along, so the copy is configured like
 * the original.
 *
 * <p>Thread-safe: changes to the original and to the set of copies are serialized within the JVM.
 * Errors the user can cause (unknown task, id taken, conflicts) are {@link GarlicException}s; a
 * failing disk is an {@link UncheckedIOException}.
 */
public final class TaskCopies {

  /** The sub-directory of {@code .garlic} that holds the copies and their manifests. */
  public static final String STORE = "copies";

  private static final Object LOCK = new Object();
  private static final List<String> CONFIG_FILES = List.of("config.toml", "ignore");

  private final Path origin;

  private TaskCopies(Path origin) {
    this.origin = origin;
  }

  /**
   * The copy tasks of the directory {@code dir}.
   *
   * @throws GarlicException (input) when {@code dir} is not an existing directory
   */
  public static TaskCopies open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw GarlicException.input(dir + " is not a directory; pass an existing directory");
    }
    try {
      return new TaskCopies(dir.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory whose copies these are. */
  public Path origin() {
    return origin;
  }

  /** The directory that holds the copies and their manifests. */
  public Path store() {
    return StateDir.of(origin).resolve(STORE);
  }

  /** {@link #create(String, String, Reporter)} without a reporter. */
  public TaskCopy create(@Nullable String id, String title) {
    return create(id, title, Reporter.SILENT);
  }

  /**
   * Copies the directory for a new task.
   *
   * @param id the task id, or null for a new one such as {@code 20261121-k3x9qa}
   * @param title free text shown by {@link #list()}
   * @param reporter told about symlinks that are not copied (absolute ones, or ones that lead
   *     outside the directory: edits through them would reach the original)
   * @throws GarlicException when the id is malformed or taken
   */
  public TaskCopy create(@Nullable String id, String title, Reporter reporter) {
    synchronized (LOCK) {
      String taskId = id == null ? TaskIds.fresh() : TaskIds.checked(id);
      Path store = store();
      Path copy = store.resolve(taskId);
      if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)
          || Files.exists(CopyManifest.file(store, taskId))) {
        throw GarlicException.input(
            "task '" + taskId + "' already exists; pick another id or discard it first");
      }
      try {
        StateDir.create(origin, STORE);
        Files.createDirectory(copy);
        try {
          SortedMap<String, String> files = copyTree(copy, reporter);
          copyConfiguration(copy);
          TaskCopy task = new TaskCopy(taskId, origin, copy, Instant.now(), title);
          new CopyManifest(task, files).write(store);
          return task;
        } catch (IOException | RuntimeException e) {
          deleteTree(copy);
          throw e;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Every copy task of the directory, oldest first, with its state and diffstat. */
  public List<CopyStatus> list() {
    List<CopyStatus> statuses = new ArrayList<>();
    for (CopyManifest manifest : manifests()) {
      try {
        List<CopyChanges.Change> changes = CopyChanges.of(manifest, manifest.task().path());
        statuses.add(
            new CopyStatus(
                manifest.task(),
                changes.isEmpty() ? TaskState.CLEAN : TaskState.CHANGED,
                CopyDiff.stat(changes, origin)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    statuses.sort(Comparator.comparing(status -> status.task().created()));
    return statuses;
  }

  /**
   * The copy task named {@code id}.
   *
   * @throws GarlicException when there is no such task
   */
  public TaskCopy find(String id) {
    return manifest(id).task();
  }

  /** Whether a copy task named {@code id} exists. */
  public boolean has(String id) {
    return TaskIds.valid(id)
        && CopyManifest.read(store(), id)
            .filter(m -> Files.isDirectory(m.task().path()))
            .isPresent();
  }

  /**
   * The unified diff (git's format) of everything the task added, changed or deleted in its copy.
   * Empty when nothing changed.
   */
  public String diff(String id) {
    CopyManifest manifest = manifest(id);
    try {
      return CopyDiff.unified(CopyChanges.of(manifest, manifest.task().path()), origin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the task's changes back into the original directory: changed and new files are written
   * atomically, deleted ones removed. Afterwards the task counts as clean until it changes again.
   *
   * @throws GarlicException when the task has nothing to apply, or when a file it changes also
   *     changed in the original since the copy (naming the files; nothing is written then)
   */
  public CopyApplied apply(String id) {
    synchronized (LOCK) {
      CopyManifest manifest = manifest(id);
      try {
        CopyApplication.Result result =
            new CopyApplication(manifest).apply(CopyChanges.of(manifest, manifest.task().path()));
        result.manifest().write(store());
        return result.applied();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Removes the task's copy and its manifest, whatever they contained. */
  public void discard(String id) {
    synchronized (LOCK) {
      Path store = store();
      Path copy = store.resolve(TaskIds.checked(id));
      Path file = CopyManifest.file(store, id);
      if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
        throw unknown(id);
      }
      try {
        deleteTree(copy);
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private CopyManifest manifest(String id) {
    if (TaskIds.valid(id)) {
      Optional<CopyManifest> manifest = CopyManifest.read(store(), id);
      if (manifest.isPresent() && Files.isDirectory(manifest.get().task().path())) {
        return manifest.get();
      }
    }
    throw unknown(id);
  }

  private static GarlicException unknown(String id) {
    return GarlicException.input("no task '" + id + "'; run garlic tasks to list them");
  }

  /** The manifests of the copies that still exist. */
  private List<CopyManifest> manifests() {
    Path store = store();
    List<CopyManifest> manifests = new ArrayList<>();
    if (!Files.isDirectory(store)) {
      return manifests;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(store, "*.json")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        CopyManifest.read(store, name.substring(0, name.length() - ".json".length()))
            .filter(m -> Files.isDirectory(m.task().path()))
            .ifPresent(manifests::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return manifests;
  }

  /** Copies every entry of the original into {@code copy}; returns their fingerprints. */
  private SortedMap<String, String> copyTree(Path copy, Reporter reporter) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    for (CopyTree.Entry entry : CopyTree.walk(origin).values()) {
      Path target = copy.resolve(entry.path());
      Files.createDirectories(target.getParent());
      if (entry.symlink()) {
        Path link = Files.readSymbolicLink(entry.file());
        Path resolved = entry.file().getParent().resolve(link).normalize();
        if (link.isAbsolute() || !resolved.startsWith(origin)) {
          reporter.warn(
              entry.path() + ": symlink to " + link + " leads outside the directory; not copied");
          continue;
        }
        Files.createSymbolicLink(target, link);
        files.put(entry.path(), "link:" + link);
      } else {
        try {
          files.put(entry.path(), copyFile(entry.file(), target));
        } catch (AccessDeniedException e) {
          throw GarlicException.input(
              entry.path()
                  + " cannot be read, so it cannot be copied; make it readable or add it to"
                  + " .garlic/ignore");
        }
      }
    }
    return files;
  }

  /** Copies one file with its permissions and time, hashing the bytes on the way. */
  private static String copyFile(Path from, Path to) throws IOException {
    MessageDigest digest = CopyTree.newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest)) {
      Files.copy(in, to);
    }
    if (Files.getFileAttributeView(to, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }
    Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  private void copyConfiguration(Path copy) throws IOException {
    for (String name : CONFIG_FILES) {
      Path file = StateDir.of(origin).resolve(name);
      if (Files.isRegularFile(file)) {
        Files.createDirectories(StateDir.of(copy));
        Files.copy(file, StateDir.of(copy).resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, @Nullable IOException e)
              throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
