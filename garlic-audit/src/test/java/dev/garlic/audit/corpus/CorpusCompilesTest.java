package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * The corpus is valid Java: every case compiles with {@code javac} against the JDK and the stubs of
 * {@code corpus/stubs}. The classes land in {@code target/corpus-classes} (cases in packages {@code
 * corpus.cwe*}, stubs in the packages of the libraries they stand for), where the benchmark runs
 * SpotBugs with Find Security Bugs over the same code the audit reads.
 */
class CorpusCompilesTest {

  @Test
  void compilesAgainstTheJdkAndTheStubs() throws IOException {
    Corpus corpus = Corpus.load();
    Path out = CorpusPaths.target().resolve("corpus-classes");
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
    assertThat(errors).isEmpty();
    assertThat(compiled).isTrue();
    assertThat(out.resolve("corpus/cwe89")).isDirectory();
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
