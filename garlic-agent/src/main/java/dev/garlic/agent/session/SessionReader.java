package dev.garlic.agent.session;

import dev.garlic.spi.GarlicException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a session log into its records. A process killed while writing leaves at most one damaged
 * line, the last: it is left out with a warning. Damage anywhere else, or a first line that is not
 * a {@code session} record, is an input error naming the file and the line.
 */
final class SessionReader {

  /**
   * What a log holds.
   *
   * @param records the records in order; the first is always {@link SessionRecord.Opened}
   * @param validBytes the length of the file up to the end of the last record read; appending must
   *     start there
   * @param fileBytes the length of the file as read
   * @param warnings what was left out and why, one line each
   */
  record Contents(
      List<SessionRecord> records, long validBytes, long fileBytes, List<String> warnings) {
    Contents {
      records = List.copyOf(records);
      warnings = List.copyOf(warnings);
    }

    SessionMeta meta() {
      return ((SessionRecord.Opened) records.getFirst()).meta();
    }
  }

  private SessionReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws GarlicException (input) if it cannot be read or is damaged other than in its last line
   */
  static Contents read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw GarlicException.input(
          "cannot read session log "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "); check that it exists and is readable");
    }
    List<SessionRecord> records = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    long validBytes = 0;
    int start = 0;
    int lineNumber = 0;
    while (start < bytes.length) {
      lineNumber++;
      int end = indexOf(bytes, (byte) '\n', start);
      if (end < 0) {
        warnings.add(
            file
                + ":"
                + lineNumber
                + ": left out the last line, cut short when the session was stopped while"
                + " writing it");
        break;
      }
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      start = end + 1;
      if (line.isBlank()) {
        validBytes = start;
        continue;
      }
      SessionRecord record;
      try {
        record = SessionCodec.decode(line);
      } catch (IllegalArgumentException e) {
        if (lineNumber > 1 && start == bytes.length) {
          warnings.add(
              file
                  + ":"
                  + lineNumber
                  + ": left out the damaged last line ("
                  + e.getMessage()
                  + ")");
          break;
        }
        throw damaged(file, lineNumber, e.getMessage());
      }
      boolean opened = record instanceof SessionRecord.Opened;
      if (records.isEmpty() != opened) {
        throw damaged(
            file,
            lineNumber,
            opened ? "a second 'session' record" : "the first record is not a 'session' record");
      }
      records.add(record);
      validBytes = start;
    }
    if (records.isEmpty()) {
      throw GarlicException.input(
          "session log "
              + file
              + " holds no session record (it was cut short while being created); delete it");
    }
    return new Contents(records, validBytes, bytes.length, warnings);
  }

  /**
   * Reads only the first record of {@code file}, what the session is; cheap for long logs.
   *
   * @throws GarlicException (input) if the file cannot be read or does not start with a {@code
   *     session} record
   */
  static SessionMeta readMeta(Path file) {
    String first;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = reader.readLine();
    } catch (IOException e) {
      throw GarlicException.input(
          "cannot read session log "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "); check that it exists and is readable");
    }
    if (first == null || first.isBlank()) {
      throw GarlicException.input(
          "session log "
              + file
              + " holds no session record (it was cut short while being created); delete it");
    }
    try {
      if (SessionCodec.decode(first) instanceof SessionRecord.Opened opened) {
        return opened.meta();
      }
    } catch (IllegalArgumentException e) {
      throw damaged(file, 1, e.getMessage());
    }
    throw damaged(file, 1, "the first record is not a 'session' record");
  }

  private static GarlicException damaged(Path file, int line, String why) {
    return GarlicException.input(
        file + ":" + line + ": not a valid session record: " + why + "; the log is damaged");
  }

  private static int indexOf(byte[] bytes, byte value, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
