package dev.garlic.agent.session;

import dev.garlic.llm.Message;
import dev.garlic.protocol.agent.Event;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one session's log as it runs: every message appended to the conversation, every event
 * (except streamed {@code agent_message_delta}s, which the {@code agent_message} after them holds
 * whole), every reset of the conversation, and the end. Each record is one line written with one
 * {@code write} of the whole line, so a process killed at any point leaves at most its last line
 * cut short, which {@link SessionReplay} leaves out. Records reach the operating system at once (a
 * killed process loses nothing written); the file is also forced to disk after each model answer,
 * reset, completed turn and the end, so a machine that crashes loses at most the step in flight.
 *
 * <p>The log holds an exclusive lock on its file while open, so two processes never write one
 * session. Thread-safe. Write methods throw {@link GarlicException} (environment) when the file
 * cannot be written, such as on a full disk.
 */
public final class SessionLog implements AutoCloseable {

  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean closed;

  private SessionLog(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Starts the log of a new session in {@code dir} ({@code <dir>/<id>.jsonl}), creating the
   * directory (owner-only) if needed, and writes {@code meta} as its first record.
   *
   * @throws GarlicException (usage) if a session with that id exists; (environment) if the file
   *     cannot be created
   */
  public static SessionLog create(Path dir, SessionMeta meta) {
    SessionStore.createDirectory(dir);
    Path file = SessionStore.fileOf(dir, meta.id());
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              SessionStore.ownerOnly(dir, "rw-------"));
    } catch (FileAlreadyExistsException e) {
      throw GarlicException.usage(
          "session '" + meta.id() + "' exists already (" + file + "); pick another id");
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
    SessionLog log = locked(file, channel);
    log.write(new SessionRecord.Opened(meta), true);
    return log;
  }

  /**
   * Reopens the log of {@code restored} to continue the session: cuts off a damaged last line (it
   * was left out when restoring), then writes the {@link RestoredSession#repairs()} so that the log
   * holds the conversation the session continues with.
   *
   * @throws GarlicException (usage) if another process has the session open; (environment) if the
   *     file cannot be written
   */
  public static SessionLog resume(RestoredSession restored) {
    Path file = restored.file();
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
    SessionLog log = locked(file, channel);
    try {
      if (channel.size() != restored.fileBytes()) {
        log.close();
        throw GarlicException.usage(
            "session log "
                + file
                + " changed after it was read (the session ran meanwhile); resume it again");
      }
      if (channel.size() > restored.validBytes()) {
        channel.truncate(restored.validBytes());
      }
      channel.position(channel.size());
    } catch (IOException e) {
      log.close();
      throw cannotWrite(file, e);
    }
    for (Message repair : restored.repairs()) {
      log.message(repair);
    }
    log.sync();
    return log;
  }

  private static SessionLog locked(Path file, FileChannel channel) {
    Path key = key(file);
    FileLock lock = null;
    try {
      if (OPEN.add(key)) {
        lock = channel.tryLock();
        if (lock == null) {
          OPEN.remove(key);
        }
      }
    } catch (IOException | OverlappingFileLockException e) {
      OPEN.remove(key);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw GarlicException.usage(
          "session log "
              + file
              + " is in use by another garlic process; wait for it to end or stop it");
    }
    return new SessionLog(file, channel, lock);
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
    // on the file (it is not in OPEN), so closing the channel releases nothing of its own.
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

  /** Appends a message of the conversation; a model's answer is also forced to disk. */
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

  /** Records that the conversation is now {@code conversation} (after a compaction), durably. */
  public void reset(List<Message> conversation) {
    write(new SessionRecord.ConversationReset(conversation), true);
  }

  /** Records that the session ended and why (a short phrase), durably. */
  public void end(String reason) {
    write(new SessionRecord.Ended(Instant.now(), reason), true);
  }

  /** Forces what was written to disk. */
  public synchronized void sync() {
    checkOpen();
    try {
      channel.force(false);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  /** Releases the file; writing after this is a bug. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel releases the lock too.
    }
    closeQuietly(channel);
    OPEN.remove(key(file));
  }

  private synchronized void write(SessionRecord record, boolean force) {
    checkOpen();
    ByteBuffer line =
        ByteBuffer.wrap((SessionCodec.encode(record) + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      while (line.hasRemaining()) {
        channel.write(line);
      }
      if (force) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw cannotWrite(file, e);
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

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was pending: every write was already handed to the operating system.
    }
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
