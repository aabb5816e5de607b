package dev.garlic.agent.verify;

/**
 * One compiler error from a build's output.
 *
 * @param file the file as the compiler named it (made relative to the root when inside it)
 * @param line its 1-based line, or 0 when not given
 * @param column its 1-based column, or 0 when not given
 * @param message the compiler's message
 */
public record CompileError(String file, int line, int column, String message) {

  /** {@code file:line:column: message}, the way editors and models read it. */
  public String text() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    return s.append(": ").append(message).toString();
  }
}
