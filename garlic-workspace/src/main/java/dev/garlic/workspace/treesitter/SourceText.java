package dev.garlic.workspace.treesitter;

import java.nio.charset.StandardCharsets;
import org.treesitter.TSNode;

/**
 * The UTF-8 bytes of one file, which is what tree-sitter's byte offsets index into (the binding
 * hands the parser UTF-8), so node text is sliced from here rather than from the Java string.
 */
final class SourceText {

  private final byte[] bytes;

  SourceText(String text) {
    this.bytes = text.getBytes(StandardCharsets.UTF_8);
  }

  String slice(int start, int end) {
    int from = Math.clamp(start, 0, bytes.length);
    int to = Math.clamp(end, from, bytes.length);
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  String text(TSNode node) {
    return slice(node.getStartByte(), node.getEndByte());
  }

  /** The offset just past the last byte of the line that holds {@code offset}. */
  int endOfLine(int offset) {
    int i = Math.max(offset, 0);
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  static int line(TSNode node) {
    return node.getStartPoint().getRow() + 1;
  }

  static int endLine(TSNode node) {
    var end = node.getEndPoint();
    // A node that ends at column 0 stops at the line break before it (Python blocks do this).
    int row = end.getColumn() == 0 && end.getRow() > node.getStartPoint().getRow() ? end.getRow() - 1 : end.getRow();
    return row + 1;
  }
}
