package dev.garlic.workspace.treesitter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.treesitter.TSNode;

/**
 * The UTF-8 bytes of one file, which is what tree-sitter's byte offsets index into (the binding
 * hands the parser UTF-8), with an index of line starts. Lines and columns are computed here from
 * byte offsets because every call into the binding costs far more than a binary search.
 */
final class SourceText {

  private final byte[] bytes;
  private final int[] lineStarts;

  SourceText(String text) {
    this.bytes = text.getBytes(StandardCharsets.UTF_8);
    this.lineStarts = lineStarts(bytes);
  }

  private static int[] lineStarts(byte[] bytes) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  String slice(int start, int end) {
    int from = Math.clamp(start, 0, bytes.length);
    int to = Math.clamp(end, from, bytes.length);
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  String text(TSNode node) {
    return slice(node.getStartByte(), node.getEndByte());
  }

  /** The 1-based line that holds {@code offset}. */
  int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based line of the last character before {@code end}, for the end of a range. */
  int endLine(int start, int end) {
    return line(Math.max(start, end - 1));
  }

  /** The 1-based column of {@code offset} in characters. */
  int column(int offset) {
    int lineStart = lineStarts[line(offset) - 1];
    return slice(lineStart, offset).length() + 1;
  }

  /** The offset of the first character on the line of {@code offset} that is not blank. */
  int lineIndent(int offset) {
    int i = lineStarts[line(offset) - 1];
    while (i < offset && isBlank(bytes[i])) {
      i++;
    }
    return i;
  }

  /** The offset just past the last byte of the line that holds {@code offset}. */
  int endOfLine(int offset) {
    int i = Math.max(offset, 0);
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /** True when {@code from..to} holds only blanks and at most one line break. */
  boolean isAdjacent(int from, int to) {
    int breaks = 0;
    for (int i = Math.max(from, 0); i < Math.min(to, bytes.length); i++) {
      if (bytes[i] == '\n') {
        breaks++;
      } else if (!isBlank(bytes[i])) {
        return false;
      }
    }
    return breaks <= 1;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\f';
  }
}
