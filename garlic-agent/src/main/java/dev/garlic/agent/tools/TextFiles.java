package dev.garlic.agent.tools;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads workspace files as text for the tools, with errors a model can act on. */
final class TextFiles {

  private static final int SNIFF_BYTES = 8 * 1024;

  private TextFiles() {}

  /**
   * The content of {@code file} as UTF-8 (malformed bytes replaced).
   *
   * @param given the path as the caller wrote it, for messages
   * @throws GarlicException (usage) when the file is missing, a directory, too large or binary
   */
  static String read(Path file, String given, long maxBytes) {
    if (Files.isDirectory(file)) {
      throw GarlicException.usage(given + " is a directory; list it with list_dir");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw GarlicException.usage(
            given + " is too large to read (" + size + " bytes); use shell with head, sed or grep");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw GarlicException.usage("no such file: " + given + "; check the path with list_dir");
    } catch (IOException e) {
      throw GarlicException.input("cannot read " + given + ": " + e.getMessage());
    }
    if (isBinary(bytes)) {
      throw GarlicException.usage(
          given + " is a binary file (" + bytes.length + " bytes); it cannot be read as text");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Whether the first bytes hold a NUL, which text files never do. */
  static boolean isBinary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines of {@code text} without their terminators ({@code \n} or {@code \r\n}); a final
   * terminator does not start another line.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      lines.add(text.substring(from, to > from && text.charAt(to - 1) == '\r' ? to - 1 : to));
      from = nl < 0 ? text.length() : nl + 1;
    }
    return lines;
  }

  static byte[] encode(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
