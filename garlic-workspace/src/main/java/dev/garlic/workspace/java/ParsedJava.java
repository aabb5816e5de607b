package dev.garlic.workspace.java;

import com.github.javaparser.ast.CompilationUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One parsed Java file. A file with syntax errors usually still has a compilation unit (JavaParser
 * recovers at statement and member level), with the errors listed in {@link #problems()}.
 *
 * @param path the file, relative to the workspace root
 * @param compilationUnit the syntax tree, or null when nothing could be recovered
 * @param problems one line per problem, {@code "line N: message"}, in source order
 */
public record ParsedJava(
    String path, @Nullable CompilationUnit compilationUnit, List<String> problems) {

  public ParsedJava {
    problems = List.copyOf(problems);
  }

  /** True when the file parsed without any problem. */
  public boolean clean() {
    return compilationUnit != null && problems.isEmpty();
  }
}
