package dev.garlic.bench.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Binary jars from Maven Central, fetched by Maven itself: a small pom listing the artifacts is
 * generated and {@code dependency:copy-dependencies} copies them (and, if asked, what they depend
 * on) into one directory. The project's Maven wrapper is used, so the local repository and its
 * settings are the same as for the build; no other network is contacted.
 */
final class MavenArtifacts {

  private final Path repoRoot;

  /** {@code repoRoot} is the Garlic checkout whose {@code mvnw} runs the copies. */
  MavenArtifacts(Path repoRoot) {
    this.repoRoot = repoRoot;
  }

  /**
   * Copies {@code coordinates} ({@code group:artifact:version}) into {@code into}, with their
   * transitive dependencies when {@code transitive}; does nothing if a previous copy of the same
   * list completed. Returns the jars of the directory.
   */
  List<Path> copy(List<String> coordinates, Path into, boolean transitive) {
    try {
      Path done = into.resolve(".complete");
      String key = String.join("\n", coordinates) + "\ntransitive=" + transitive;
      if (!Files.isRegularFile(done) || !Files.readString(done).equals(key)) {
        Files.createDirectories(into);
        Path pom = into.resolve("pom.xml");
        Files.writeString(pom, pom(coordinates));
        run(
            List.of(
                repoRoot.resolve("mvnw").toString(),
                "-q",
                "-f",
                pom.toString(),
                "dependency:copy-dependencies",
                "-DoutputDirectory=" + into,
                "-DexcludeTransitive=" + !transitive,
                "-DincludeScope=runtime"));
        Files.writeString(done, key);
      }
      return jars(into);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + coordinates + " into " + into, e);
    }
  }

  static List<Path> jars(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }

  static String pom(List<String> coordinates) {
    StringBuilder deps = new StringBuilder();
    for (String gav : coordinates) {
      String[] p = gav.split(":");
      if (p.length != 3) {
        throw new IllegalArgumentException("want group:artifact:version, got " + gav);
      }
      deps.append("    <dependency><groupId>")
          .append(p[0])
          .append("</groupId><artifactId>")
          .append(p[1])
          .append("</artifactId><version>")
          .append(p[2])
          .append("</version></dependency>\n");
    }
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.garlic.bench</groupId>
          <artifactId>fetched-artifacts</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <dependencies>
        %s  </dependencies>
        </project>
        """
        .formatted(deps);
  }

  private void run(List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(repoRoot.toFile());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    try {
      if (p.waitFor() != 0) {
        throw new IOException("Maven failed (" + String.join(" ", command) + "):\n" + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running Maven", e);
    }
  }

  /** Joins paths into a class path string. */
  static String classPath(List<Path> paths) {
    List<String> parts = new ArrayList<>();
    for (Path p : paths) {
      parts.add(p.toString());
    }
    return String.join(java.io.File.pathSeparator, parts);
  }
}
