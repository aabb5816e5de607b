package dev.garlic.index.store;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.StateDir;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene directory of one workspace's index and the readers open on it. Opening is cheap:
 * nothing is read until the first {@link #reader()}. Readers always show the latest commit; a
 * reader handed out stays usable until {@link #close()} (the last few superseded readers are kept
 * open for that). Thread-safe.
 */
public final class IndexStore implements Closeable {

  private static final String DIRECTORY = "index";

  /** Superseded readers kept open so snapshots taken before an update keep working. */
  private static final int RETIRED_READERS = 8;

  private final Path dir;
  private final String displayName;
  private final Directory directory;
  private final Deque<DirectoryReader> retired = new ArrayDeque<>();
  private @Nullable DirectoryReader current;

  private IndexStore(Path dir, String displayName, Directory directory) {
    this.dir = dir;
    this.displayName = displayName;
    this.directory = directory;
  }

  /**
   * Opens the index of the workspace at {@code workspaceRoot}, in {@code .garlic/index}, creating
   * the directory if needed.
   */
  public static IndexStore open(Path workspaceRoot) {
    String displayName = StateDir.NAME + "/" + DIRECTORY;
    try {
      Path dir = StateDir.create(workspaceRoot, DIRECTORY);
      return new IndexStore(dir, displayName, FSDirectory.open(dir));
    } catch (IOException e) {
      throw GarlicException.index(
          "cannot open the index at "
              + displayName
              + " ("
              + e.getMessage()
              + "); check that the"
              + " directory is writable",
          e);
    }
  }

  public String displayName() {
    return displayName;
  }

  /**
   * A reader on the latest commit, or an empty reader when nothing was committed yet.
   *
   * @throws GarlicException (index) if the index is unreadable; updating the index rebuilds it
   */
  public IndexReader reader() {
    try {
      return latest();
    } catch (IOException e) {
      throw GarlicException.index(
          "index at "
              + displayName
              + " is unreadable ("
              + describe(e)
              + "); run the index tool"
              + " with rebuild=true",
          e);
    }
  }

  /** Like {@link #reader()}, but reports an unreadable index as the exception Lucene threw. */
  synchronized IndexReader latest() throws IOException {
    if (current == null) {
      if (!DirectoryReader.indexExists(directory)) {
        return new MultiReader();
      }
      current = checkFormat(DirectoryReader.open(directory));
      return current;
    }
    DirectoryReader newer = DirectoryReader.openIfChanged(current);
    if (newer != null) {
      DirectoryReader checked = checkFormat(newer);
      retire(current);
      current = checked;
    }
    return current;
  }

  private DirectoryReader checkFormat(DirectoryReader reader) throws IOException {
    Map<String, String> data = reader.getIndexCommit().getUserData();
    String format = data.get(IndexFields.FORMAT_KEY);
    if (!IndexFields.FORMAT.equals(format)) {
      reader.close();
      throw new IndexFormatMismatch(format);
    }
    return reader;
  }

  private void retire(DirectoryReader reader) throws IOException {
    retired.addLast(reader);
    if (retired.size() > RETIRED_READERS) {
      retired.removeFirst().close();
    }
  }

  /**
   * Opens a writer, waiting up to {@code timeoutMillis} for another writer to let go of the lock.
   *
   * @param create true to start a new, empty index (the old one stays readable until commit)
   */
  IndexWriter writer(boolean create, long timeoutMillis) throws IOException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (true) {
      IndexWriterConfig config =
          new IndexWriterConfig(new IdentifierAnalyzer())
              .setOpenMode(
                  create
                      ? IndexWriterConfig.OpenMode.CREATE
                      : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(64);
      try {
        return new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        if (System.nanoTime() > deadline) {
          throw GarlicException.index(
              "index at "
                  + displayName
                  + " is locked by another process ("
                  + displayName
                  + "/"
                  + IndexWriter.WRITE_LOCK_NAME
                  + "); wait for it to finish, then retry",
              e);
        }
        sleep();
      }
    }
  }

  /** Commits the writer's changes, stamped with the index format, and closes it. */
  static void commit(IndexWriter writer) throws IOException {
    writer.setLiveCommitData(Map.of(IndexFields.FORMAT_KEY, IndexFields.FORMAT).entrySet());
    writer.commit();
    writer.close();
  }

  /** Deletes every index file so that an unreadable index can be built again from nothing. */
  synchronized void wipe() throws IOException {
    if (current != null) {
      retire(current);
      current = null;
    }
    for (String file : directory.listAll()) {
      if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
        Files.deleteIfExists(dir.resolve(file));
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      for (DirectoryReader r : retired) {
        r.close();
      }
      retired.clear();
      if (current != null) {
        current.close();
        current = null;
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short description of why an index could not be read, for the one-line warning. */
  static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int cut = message.indexOf(" (resource=");
    String shortMessage = cut > 0 ? message.substring(0, cut) : message;
    return e.getClass().getSimpleName() + (shortMessage.isEmpty() ? "" : ": " + shortMessage);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GarlicException(
          GarlicError.of(ErrorCode.INTERRUPTED, "interrupted while waiting for the index lock"), e);
    }
  }

  /** The index was written by another version of Garlic. */
  static final class IndexFormatMismatch extends IOException {
    private static final long serialVersionUID = 1L;

    IndexFormatMismatch(@Nullable String found) {
      super("format " + found + ", expected " + IndexFields.FORMAT);
    }
  }
}
