package dev.garlic.testgen.run;

import dev.garlic.spi.GarlicException;
import dev.garlic.testgen.write.TestSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one rendered test class from memory into a class directory with the JDK's compiler.
 * Thread-safe.
 */
final class TestCompiler {

  /** A compile error: its line in the source (0 when it has none) and the compiler's message. */
  record CompileError(long line, String message) {}

  /**
   * Compiles {@code source} against {@code classpath} into {@code output}.
   *
   * @return the errors, empty when it compiled
   * @throws GarlicException (environment) when Garlic runs on a JRE without a compiler
   */
  List<CompileError> compile(TestSource source, List<Path> classpath, Path output) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw GarlicException.environment(
          "generated tests need a Java compiler: run Garlic on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + source.relativePath()), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source.text();
          }
        };
    List<String> options =
        List.of(
            "-d",
            output.toString(),
            "-classpath",
            TestRuntime.join(classpath),
            "-proc:none",
            "-nowarn",
            "-Xlint:none",
            "-g");
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(output);
      boolean ok = compiler.getTask(null, files, diagnostics, options, null, List.of(file)).call();
      List<CompileError> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          long line = d.getLineNumber() == Diagnostic.NOPOS ? 0 : d.getLineNumber();
          errors.add(new CompileError(line, firstLine(d.getMessage(Locale.ROOT))));
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.add(new CompileError(0, "the compiler failed without an error message"));
      }
      return errors;
    } catch (IOException e) {
      throw GarlicException.environment("cannot write compiled tests to " + output + ": " + e);
    }
  }

  /** The message on one line: javac puts the symbol it cannot find on a line of its own. */
  private static String firstLine(String message) {
    return message
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .limit(3)
        .collect(Collectors.joining("; "));
  }
}
