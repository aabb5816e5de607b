package dev.garlic.workspace.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathResolverTest {

  private static final Path M2 = Path.of(System.getProperty("user.home"), ".m2/repository");
  private static final String POM =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>t</groupId><artifactId>app</artifactId><version>1</version>
        <dependencies>
          <dependency>
            <groupId>org.jspecify</groupId><artifactId>jspecify</artifactId><version>1.0.1</version>
          </dependency>
          <dependency>
            <groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
      </project>
      """;

  @TempDir Path root;

  private Classpath resolve(Duration timeout, String searchPath) {
    return new ClasspathResolver(timeout, searchPath).resolve(BuildInfo.detect(root));
  }

  /** A wrapper script in the workspace that stands in for the build tool. */
  private void wrapper(String name, String body) throws IOException {
    Path script = root.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Tag("slow")
  @Test
  void resolvesAMavenProjectWithMavenAndSplitsCompileFromTest() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);

    Classpath classpath = resolve(Duration.ofSeconds(120), System.getenv("PATH"));

    assertThat(classpath.status()).as(classpath.reason()).isEqualTo(Classpath.Status.RESOLVED);
    Path jspecify = M2.resolve("org/jspecify/jspecify/1.0.1/jspecify-1.0.1.jar");
    Path junit = M2.resolve("junit/junit/4.13.2/junit-4.13.2.jar");
    assertThat(classpath.compile()).containsExactly(jspecify);
    assertThat(classpath.test()).contains(jspecify, junit);
  }

  @Test
  void answersFromTheCacheUntilThePomChanges() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);
    Path jar = Files.createDirectories(root.resolve("lib")).resolve("a.jar");
    Files.writeString(jar, "");
    wrapper(
        "mvnw",
        """
        for a in "$@"; do case "$a" in -DoutputFile=*) out="${a#-DoutputFile=}" ;; esac; done
        echo "   g:a:jar:1:compile:%s" > "$out"
        """
            .formatted(jar));
    resolve(Duration.ofSeconds(10), "");
    Files.delete(root.resolve("mvnw"));

    Classpath cached = resolve(Duration.ofSeconds(10), "");
    Files.writeString(
        root.resolve("pom.xml"), POM.replace("<version>1</version>", "<version>2</version>"));
    Classpath afterEdit = resolve(Duration.ofSeconds(10), "");

    assertThat(cached.status()).isEqualTo(Classpath.Status.RESOLVED);
    assertThat(cached.compile()).containsExactly(jar);
    assertThat(afterEdit.status()).isEqualTo(Classpath.Status.UNRESOLVED);
  }

  @Test
  void ignoresACachedClasspathWhoseJarsAreGone() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);
    wrapper(
        "mvnw",
        """
        for a in "$@"; do case "$a" in -DoutputFile=*) out="${a#-DoutputFile=}" ;; esac; done
        echo "   g:a:jar:1:compile:/no/such.jar" > "$out"
        """);
    resolve(Duration.ofSeconds(10), "");
    Files.delete(root.resolve("mvnw"));

    assertThat(resolve(Duration.ofSeconds(10), "").status()).isEqualTo(Classpath.Status.UNRESOLVED);
  }

  @Tag("slow")
  @Test
  void reportsABrokenPomAsUnresolvedWithMavensMessage() throws IOException {
    Files.writeString(root.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion>");

    Classpath classpath = resolve(Duration.ofSeconds(120), System.getenv("PATH"));

    assertThat(classpath.status()).isEqualTo(Classpath.Status.UNRESOLVED);
    assertThat(classpath.reason())
        .startsWith("mvn dependency:list failed: Non-readable POM")
        .doesNotContain("\n");
  }

  @Test
  void reportsMissingMavenWithTheFix() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);

    Classpath classpath = resolve(Duration.ofSeconds(5), "");

    assertThat(classpath.status()).isEqualTo(Classpath.Status.UNRESOLVED);
    assertThat(classpath.reason()).isEqualTo("mvn not found on PATH; install Maven or add ./mvnw");
  }

  @Test
  void stopsABuildToolThatRunsPastTheTimeout() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);
    wrapper("mvnw", "sleep 30\n");

    long start = System.nanoTime();
    Classpath classpath = resolve(Duration.ofMillis(500), "");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(classpath.reason()).startsWith("mvn dependency:list did not finish within");
  }

  @Test
  void retriesOnlineOnceWhenOfflineLacksArtifacts() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);
    wrapper(
        "mvnw",
        """
        for a in "$@"; do
          case "$a" in
            -o) echo "[ERROR] Cannot access central in offline mode"; exit 1 ;;
            -DoutputFile=*) out="${a#-DoutputFile=}" ;;
          esac
        done
        echo "   g:a:jar:1:compile:/lib/a.jar" > "$out"
        """);

    Classpath classpath = resolve(Duration.ofSeconds(10), "");

    assertThat(classpath.status()).isEqualTo(Classpath.Status.RESOLVED);
    assertThat(classpath.compile()).containsExactly(Path.of("/lib/a.jar"));
  }

  @Test
  void keepsWhatResolvedWhenSomeModulesFail() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);
    wrapper(
        "mvnw",
        """
        for a in "$@"; do case "$a" in -DoutputFile=*) out="${a#-DoutputFile=}" ;; esac; done
        echo "   g:a:jar:1:test:/lib/a.jar" > "$out"
        echo "[ERROR] Failed to execute goal on project web: Could not resolve dependencies"
        exit 1
        """);

    Classpath classpath = resolve(Duration.ofSeconds(10), "");

    assertThat(classpath.status()).isEqualTo(Classpath.Status.PARTIAL);
    assertThat(classpath.test()).containsExactly(Path.of("/lib/a.jar"));
    assertThat(classpath.reason())
        .contains("Failed to execute goal on project web: Could not resolve dependencies");
  }

  @Test
  void readsDependencyListLinesWithClassifiersAndModuleNotes() {
    Set<Path> compile = new LinkedHashSet<>();
    Set<Path> test = new LinkedHashSet<>();

    MavenClasspath.parse(
        """

        The following files have been resolved:
           org.x:core:jar:linux:1.0:provided:/r/core-linux.jar -- module org.x.core
           org.y:util:jar:2.0:runtime:/r/util.jar (optional)
           none
        """,
        Set.of(),
        compile,
        test);

    assertThat(compile).containsExactly(Path.of("/r/core-linux.jar"));
    assertThat(test).containsExactly(Path.of("/r/core-linux.jar"), Path.of("/r/util.jar"));
  }

  @Test
  void leavesTheWorkspacesOwnModulesOffTheClasspath() {
    Set<Path> compile = new LinkedHashSet<>();
    Set<Path> test = new LinkedHashSet<>();

    MavenClasspath.parse(
        """
           t:core:jar:1:compile:/m2/t/core-1.jar
           org.y:util:jar:2.0:compile:/r/util.jar
        """,
        Set.of("t:core"),
        compile,
        test);

    assertThat(test).containsExactly(Path.of("/r/util.jar"));
  }

  @Test
  void picksTheSpecificLineOutOfMavensErrorOutput() {
    String output =
        """
        [\u001B[1;31mERROR\u001B[m] [ERROR] Some problems were encountered while processing the POMs:
        [FATAL] Non-readable POM /w/pom.xml: no more data available @2:1
        [ERROR] For more information about the errors, please read the following articles:
        """;

    assertThat(MavenClasspath.firstError(output))
        .isEqualTo("Non-readable POM /w/pom.xml: no more data available @2:1");
  }

  @Test
  void namesTheMissingArtifactAfterMavensFirstErrorLine() {
    String output =
        """
        [ERROR] Failed to execute goal on project web: Could not resolve dependencies for project t:web:jar:1
        [ERROR] dependency: t:core:jar:1 (compile)
        [ERROR] \tCould not find artifact t:core:jar:1
        [ERROR] -> [Help 1]
        [ERROR] Re-run Maven using the -X switch to enable full debug logging.
        """;

    assertThat(MavenClasspath.firstError(output))
        .isEqualTo(
            "Failed to execute goal on project web: Could not resolve dependencies for project"
                + " t:web:jar:1 (Could not find artifact t:core:jar:1)");
  }

  @Test
  void asksForAGradleWrapper() throws IOException {
    Files.writeString(root.resolve("build.gradle"), "plugins { id 'java' }\n");

    Classpath classpath = resolve(Duration.ofSeconds(5), "");

    assertThat(classpath.status()).isEqualTo(Classpath.Status.UNRESOLVED);
    assertThat(classpath.reason()).startsWith("Gradle classpath resolution needs ./gradlew");
  }

  @Test
  void readsTheClasspathsPrintedThroughTheGradleInitScript() throws IOException {
    Files.writeString(root.resolve("build.gradle"), "plugins { id 'java' }\n");
    wrapper(
        "gradlew",
        """
        printf 'garlic-compile\\t/g/api.jar\\n'
        printf 'garlic-test\\t/g/api.jar\\ngarlic-test\\t/g/junit.jar\\n'
        """);

    Classpath classpath = resolve(Duration.ofSeconds(10), "");

    assertThat(classpath.status()).isEqualTo(Classpath.Status.RESOLVED);
    assertThat(classpath.compile()).containsExactly(Path.of("/g/api.jar"));
    assertThat(classpath.test()).containsExactly(Path.of("/g/api.jar"), Path.of("/g/junit.jar"));
  }

  @Test
  void leavesWorkspacesWithoutABuildUnresolved() {
    assertThat(resolve(Duration.ofSeconds(5), "").status()).isEqualTo(Classpath.Status.UNRESOLVED);
  }
}
