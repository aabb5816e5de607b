package dev.garlic.audit.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a corpus (cases and stubs) with {@code javac} at release 21 into a fresh directory, the
 * way {@link CorpusCompilesTest} and {@link HeldOutCorpusTest} prove their cases are valid Java.
 */
final class CorpusCompiler {

  private CorpusCompiler() {}

  /**
   * Compiles every source of {@code corpus} into {@code out}, emptied first.
   *
   * @return the compiler's errors, one line each ({@code file:line message}); empty on success
   */
  static List<String> compile(Corpus corpus, Path out) throws IOException {
    clean(out);
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          List.of("--release", "21", "-proc:none", "-nowarn", "-g", "-d", out.toString());
      compiled =
          javac
              .getTask(
                  new StringWriter(),
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(corpus.javaSources()))
              .call();
    }
    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(
                d ->
                    (d.getSource() == null ? "javac" : d.getSource().getName())
                        + ":"
                        + d.getLineNumber()
                        + " "
                        + d.getMessage(Locale.ROOT))
            .toList();
    if (!compiled && errors.isEmpty()) {
      return List.of("javac failed without reporting an error");
    }
    return errors;
  }

  private static void clean(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + dir, e);
    }
  }
}
