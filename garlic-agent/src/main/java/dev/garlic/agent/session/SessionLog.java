package dev.garlic.agent.session;

import dev.garlic.agent.loop.Journal;
import dev.garlic.llm.Message;
import dev.garlic.protocol.agent.Event;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Writes one session's log as it runs: every message appended to the conversation, every event
 * (except streamed {@code agent_message_delta}s, which the {@code agent_message} after them holds
 * whole), every reset of the conversation, and the end. Each record is one line written with one
 * {@code write} of the whole line, so a process killed at any point leaves at most its last line
 * cut short, which {@link SessionReplay} leaves out. Records reach the operating system at once, so
 * a killed process loses nothing written. The file is also forced to disk after each model answer,
 * reset, completed turn and at the end, so that a machine that crashes loses at most the step in
 * flight; those forces run on a background thread (one costs milliseconds, the agent's own work per
 * step a fraction of one), except in {@link #create}, {@link #resume}, {@link #sync()} and {@link
 * #close()}, which wait for them. Writes are not interruptible: interrupting the thread that writes
 * does not close the log, as it would close a {@link FileChannel}.
 *
 * <p>The log holds an exclusive lock on its file while open, so two processes never write one
 * session. Thread-safe.
 *
 * <p>Opening a log throws {@link GarlicException} when it cannot be written, so a front end can
 * refuse to start. Once open, the write methods never throw for a file that cannot be written (a
 * full disk), because they run inside the agent loop and its event sink: the first failure is
 * reported to the {@link Reporter} once, kept in {@link #failure()}, and the log writes nothing
 * more, since a record after a half-written one would make the rest of the log unreadable. The
 * session goes on; it can be resumed up to the last record written.
 */
public final class SessionLog implements Journal, AutoCloseable {

  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
  private static final ExecutorService SYNCER =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("garlic-session-sync").factory());

  private final Path file;
  private final RandomAccessFile out;
  private final FileLock lock;
  private final Reporter reporter;
  private final AtomicBoolean syncQueued = new AtomicBoolean();
  private volatile @Nullable IOException syncFailure;
  private volatile @Nullable GarlicException failure;
  private boolean closed;

  private SessionLog(Path file, RandomAccessFile out, FileLock lock, Reporter reporter) {
    this.file = file;
    this.out = out;
    this.lock = lock;
    this.reporter = reporter;
  }

  /**
   * Starts the log of a new session in {@code dir} ({@code <dir>/<id>.jsonl}), creating the
   * directory (owner-only) if needed, and writes {@code meta} as its first record.
   *
   * @param reporter told once if the log cannot be written later on
   * @throws GarlicException (usage) if a session with that id exists; (environment) if the file
   *     cannot be created or written
   */
  public static SessionLog create(Path dir, SessionMeta meta, Reporter reporter) {
    SessionStore.createDirectory(dir);
    Path file = SessionStore.fileOf(dir, meta.id());
    try {
      Files.createFile(file, SessionStore.ownerOnly(dir, "rw-------"));
    } catch (FileAlreadyExistsException e) {
      throw GarlicException.usage(
          "session '" + meta.id() + "' exists already (" + file + "); pick another id");
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
    SessionLog log = open(file, reporter);
    log.write(new SessionRecord.Opened(meta), false);
    log.sync();
    log.throwIfFailed();
    return log;
  }

  /**
   * Reopens the log of {@code restored} to continue the session: cuts off a damaged last line (it
   * was left out when restoring), then writes the {@link RestoredSession#repairs()} so that the log
   * holds the conversation the session continues with.
   *
   * @param reporter told once if the log cannot be written later on
   * @throws GarlicException (usage) if another process has the session open, or the log changed
   *     since it was restored; (input) if it was deleted; (environment) if it cannot be written
   */
  public static SessionLog resume(RestoredSession restored, Reporter reporter) {
    Path file = restored.file();
    if (!Files.exists(file)) {
      throw GarlicException.input(
          "session log " + file + " no longer exists; run garlic sessions to list the sessions");
    }
    SessionLog log = open(file, reporter);
    try {
      long size = log.out.length();
      if (size != restored.fileBytes()) {
        log.close();
        throw GarlicException.usage(
            "session log "
                + file
                + " changed after it was read (the session ran meanwhile); resume it again");
      }
      if (size > restored.validBytes()) {
        log.out.setLength(restored.validBytes());
      }
      log.out.seek(log.out.length());
    } catch (IOException e) {
      log.close();
      throw cannotWrite(file, e);
    }
    for (Message repair : restored.repairs()) {
      log.message(repair);
    }
    log.sync();
    log.throwIfFailed();
    return log;
  }

  /** Opens {@code file} for writing at its end and takes the session's lock. */
  private static SessionLog open(Path file, Reporter reporter) {
    Path key = key(file);
    if (!OPEN.add(key)) {
      throw inUse(file);
    }
    RandomAccessFile out = null;
    try {
      out = new RandomAccessFile(file.toFile(), "rw");
      FileLock lock = out.getChannel().tryLock();
      if (lock == null) {
        throw inUse(file);
      }
      out.seek(out.length());
      return new SessionLog(file, out, lock, reporter);
    } catch (IOException | OverlappingFileLockException | GarlicException e) {
      OPEN.remove(key);
      if (out != null) {
        closeQuietly(out);
      }
      if (e instanceof GarlicException garlic) {
        throw garlic;
      }
      throw e instanceof IOException io ? cannotWrite(file, io) : inUse(file);
    }
  }

  /**
   * True if a session log is open on {@code file}, by this process or another one; a session whose
   * log is open is running.
   */
  public static boolean isOpen(Path file) {
    if (OPEN.contains(key(file))) {
      return true;
    }
    // A shared lock is refused while a writer holds its exclusive one. This process holds no lock
    // on the file (it is not in OPEN), so closing the probe releases nothing of its own.
    try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ)) {
      FileLock shared = probe.tryLock(0, Long.MAX_VALUE, true);
      if (shared == null) {
        return true;
      }
      shared.release();
      return false;
    } catch (IOException | OverlappingFileLockException e) {
      return false;
    }
  }

  /** The log file. */
  public Path file() {
    return file;
  }

  /** Why the log stopped writing; empty while it writes. */
  public Optional<GarlicException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Appends a message of the conversation; a model's answer is also forced to disk. */
  @Override
  public void message(Message message) {
    write(new SessionRecord.MessageAdded(message), message instanceof Message.AssistantMessage);
  }

  /**
   * Appends an event; {@code agent_message_delta} is not written. A completed turn is also forced
   * to disk.
   */
  public void event(Event event) {
    if (event instanceof Event.AgentMessageDelta) {
      return;
    }
    write(new SessionRecord.EventEmitted(event), event instanceof Event.TurnComplete);
  }

  /** Records that the conversation is now {@code conversation} (after a compaction). */
  @Override
  public void reset(List<Message> conversation) {
    write(new SessionRecord.ConversationReset(conversation), true);
  }

  /** Records that the session ended and why (a short phrase). */
  public void end(String reason) {
    write(new SessionRecord.Ended(Instant.now(), reason), true);
  }

  /** Forces what was written to disk and waits until it is there. */
  public synchronized void sync() {
    checkOpen();
    if (failure != null) {
      return;
    }
    try {
      out.getFD().sync();
    } catch (IOException e) {
      fail(e);
    }
  }

  /** Forces what was written to disk, then releases the file. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.getFD().sync();
    } catch (IOException e) {
      // Every record already reached the operating system; only a machine crash could lose it.
    }
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the file releases the lock too.
    }
    closeQuietly(out);
    OPEN.remove(key(file));
  }

  private synchronized void write(SessionRecord record, boolean force) {
    checkOpen();
    IOException syncFailed = syncFailure;
    if (syncFailed != null && failure == null) {
      fail(syncFailed);
    }
    if (failure != null) {
      return;
    }
    byte[] line = (SessionCodec.encode(record) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      out.write(line);
    } catch (IOException e) {
      fail(e);
      return;
    }
    if (force) {
      syncLater();
    }
  }

  /** Stops writing for good and says why, once. */
  private void fail(IOException e) {
    GarlicException error = cannotWrite(file, e);
    failure = error;
    reporter.warn(error.getMessage() + "; the session goes on but is not saved from here");
  }

  private void throwIfFailed() {
    GarlicException error = failure;
    if (error != null) {
      close();
      throw error;
    }
  }

  /**
   * Forces what was written so far to disk on the background thread. A force queued and not yet
   * started covers this request too, so a burst of requests costs one force.
   */
  private void syncLater() {
    if (syncQueued.compareAndSet(false, true)) {
      SYNCER.execute(
          () -> {
            syncQueued.set(false);
            try {
              out.getChannel().force(false);
            } catch (ClosedChannelException e) {
              // Closed meanwhile: close() forced the file itself.
            } catch (IOException e) {
              syncFailure = e;
            }
          });
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("session log " + file + " is closed");
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static void closeQuietly(RandomAccessFile file) {
    try {
      file.close();
    } catch (IOException e) {
      // Nothing was pending: every write was already handed to the operating system.
    }
  }

  private static GarlicException inUse(Path file) {
    return GarlicException.usage(
        "session log " + file + " is in use by another garlic process; wait for it to end");
  }

  private static GarlicException cannotWrite(Path file, IOException e) {
    return GarlicException.environment(
        "cannot write session log "
            + file
            + " ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + "); check free space and permissions, or set GARLIC_HOME");
  }
}
