package dev.garlic.audit;

import com.github.javaparser.ast.CompilationUnit;

/**
 * One Java file of the audited project, parsed.
 *
 * @param path relative to the workspace root, with {@code /} separators
 * @param text the file's text (checks quote lines from it)
 * @param unit its syntax tree (with error recovery; never null: unrecoverable files are skipped)
 */
public record SourceFile(String path, String text, CompilationUnit unit) {

  /** Line {@code line} (1-based) of the file, stripped; empty when out of range. */
  public String line(int line) {
    return text.lines().skip(Math.max(0, line - 1)).findFirst().map(String::strip).orElse("");
  }
}
