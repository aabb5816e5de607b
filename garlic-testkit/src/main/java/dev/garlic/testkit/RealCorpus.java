package dev.garlic.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Real code to test and measure on: a sources jar from Maven Central, kept in the local Maven
 * repository ({@code ~/.m2/repository}) and unpacked once under a cache directory. Only the Maven
 * repository is contacted (override with {@code GARLIC_MAVEN_REPO}); nothing is committed.
 */
public final class RealCorpus {

  private static final String DEFAULT_REPO = "https://repo.maven.apache.org/maven2";

  private RealCorpus() {}

  /**
   * Unpacks {@code group:artifact:version} sources into {@code cacheDir/artifact-version/} (if not
   * already there) and returns that directory.
   */
  public static Path sources(String coordinates, Path cacheDir) {
    String[] gav = coordinates.split(":");
    if (gav.length != 3) {
      throw new IllegalArgumentException("want group:artifact:version, got " + coordinates);
    }
    Path target = cacheDir.resolve(gav[1] + "-" + gav[2]);
    if (Files.isRegularFile(target.resolve(".complete"))) {
      return target;
    }
    Path jar = sourcesJar(gav[0], gav[1], gav[2]);
    try {
      Files.createDirectories(cacheDir);
      Path partial = Files.createTempDirectory(cacheDir, ".unpack-");
      unzip(jar, partial);
      Files.writeString(partial.resolve(".complete"), coordinates);
      deleteRecursively(target);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + jar, e);
    }
  }

  /** The sources jar in the local Maven repository, downloaded first if missing. */
  public static Path sourcesJar(String group, String artifact, String version) {
    String rel =
        group.replace('.', '/')
            + "/"
            + artifact
            + "/"
            + version
            + "/"
            + artifact
            + "-"
            + version
            + "-sources.jar";
    Path local = Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(rel);
    if (Files.isRegularFile(local)) {
      return local;
    }
    String repo = System.getenv().getOrDefault("GARLIC_MAVEN_REPO", DEFAULT_REPO);
    try {
      Files.createDirectories(local.getParent());
      Path partial = Files.createTempFile(local.getParent(), artifact, ".part");
      HttpClient http =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(20))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      HttpResponse<Path> response =
          http.send(
              HttpRequest.newBuilder(URI.create(repo + "/" + rel))
                  .timeout(Duration.ofMinutes(2))
                  .build(),
              HttpResponse.BodyHandlers.ofFile(partial));
      if (response.statusCode() != 200) {
        Files.deleteIfExists(partial);
        throw new IOException("HTTP " + response.statusCode() + " for " + repo + "/" + rel);
      }
      Files.move(
          partial, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return local;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fetch " + rel, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching " + rel, e);
    }
  }

  private static void unzip(Path jar, Path into) throws IOException {
    try (InputStream in = Files.newInputStream(jar);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path out = into.resolve(e.getName()).normalize();
        if (!out.startsWith(into) || e.isDirectory() || e.getName().startsWith("META-INF/")) {
          continue;
        }
        Files.createDirectories(out.getParent());
        Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
