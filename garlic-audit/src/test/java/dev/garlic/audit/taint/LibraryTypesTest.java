package dev.garlic.audit.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.audit.AuditProject;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.audit.SourceFile;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import dev.garlic.workspace.java.JavaFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Return types of library methods read from the JDK and the project's dependency jars. */
class LibraryTypesTest {

  private static final String APP =
      """
      package app;
      import acme.Clients;
      import java.net.URI;
      import java.net.http.HttpRequest;
      import java.net.http.HttpResponse;
      import javax.servlet.http.HttpServletRequest;
      class Proxy {
        void h(HttpServletRequest req) throws Exception {
          String url = req.getParameter("url");
          Clients.shared().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void aCallChainThroughADependencyKeepsItsTypeWhenTheJarIsOnTheClassPath() throws IOException {
    Path jar = clientsJar();

    assertThat(findings(List.of(jar))).extracting(Finding::cwe).containsExactly("CWE-918");
    assertThat(findings(List.of())).as("without the jar the receiver's type is unknown").isEmpty();
  }

  @Test
  void jdkReturnTypesAreKnownWithoutAnyJar() {
    var types = new LibraryTypes(List.of());
    SourceFile file = parse("import java.net.URI; class A {}");

    assertThat(types.returnType("URI", "toURL", 0, file)).isEqualTo("URL");
    assertThat(types.returnType("String", "substring", 1, file)).isEqualTo("String");
    assertThat(types.returnType("Nowhere", "toURL", 0, file)).isNull();
  }

  private List<Finding> findings(List<Path> classpath) {
    SourceFile app = parse(APP);
    AuditProject project = new AuditProject(dir, List.of(app), Map.of(), classpath);
    return new TaintCheck()
        .analyse(project, RuleCatalog.shipped(), Cancellation.create())
        .findings();
  }

  private static SourceFile parse(String text) {
    return new SourceFile(
        "src/App.java", text, new JavaFrontEnd().parse("src/App.java", text).compilationUnit());
  }

  /** A dependency jar with {@code acme.Clients.shared()} returning a {@code HttpClient}. */
  private Path clientsJar() throws IOException {
    Path src = dir.resolve("src/acme/Clients.java");
    Files.createDirectories(src.getParent());
    Files.writeString(
        src,
        """
        package acme;
        public final class Clients {
          public static java.net.http.HttpClient shared() { return java.net.http.HttpClient.newHttpClient(); }
        }
        """);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", classes.toString(), src.toString())).isZero();
    Path jar = dir.resolve("acme.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("acme/Clients.class"));
      out.write(Files.readAllBytes(classes.resolve("acme/Clients.class")));
      out.closeEntry();
    }
    return jar;
  }
}
