package dev.garlic.protocol;

/**
 * A place in a source file: a path relative to the workspace root (always with {@code /}
 * separators) and a 1-based line and column range. A column of 0 means "the whole line".
 */
public record Location(String path, int line, int column, int endLine, int endColumn) {

  public Location {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
  }

  /** A whole line. */
  public static Location line(String path, int line) {
    return new Location(path, line, 0, line, 0);
  }

  /** Whole lines {@code line..endLine}. */
  public static Location lines(String path, int line, int endLine) {
    return new Location(path, line, 0, Math.max(line, endLine), 0);
  }

  @Override
  public String toString() {
    return column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
  }
}
