package dev.garlic.bench;

import dev.garlic.testkit.RealCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Named sets of real Java code from Maven Central sources jars, unpacked side by side under one
 * directory so that the set looks like one large repository.
 */
enum Corpus {
  /** About 98k lines: one library. */
  SMALL(List.of("org.apache.commons:commons-lang3:3.17.0")),
  /** About 1.15M lines of varied code: clients, search engine, collections, data binding. */
  LARGE(
      List.of(
          "org.apache.kafka:kafka-clients:3.9.1",
          "org.apache.lucene:lucene-core:10.2.2",
          "com.google.guava:guava:33.4.8-jre",
          "com.fasterxml.jackson.core:jackson-databind:2.19.2",
          "org.springframework:spring-core:6.2.10",
          "org.apache.commons:commons-lang3:3.17.0"));

  private final List<String> artifacts;

  Corpus(List<String> artifacts) {
    this.artifacts = artifacts;
  }

  /** Fetches (once) and unpacks the corpus under {@code cacheDir}; returns its root. */
  Path prepare(Path cacheDir) {
    Path root = cacheDir.resolve(name().toLowerCase());
    for (String gav : artifacts) {
      RealCorpus.sources(gav, root);
    }
    return root;
  }

  /** Java files and their lines under {@code root}, skipping Garlic's own state. */
  static long[] countJava(Path root) {
    long files = 0;
    long lines = 0;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (p.toString().contains("/.garlic/")) {
          continue;
        }
        files++;
        try (Stream<String> l = Files.lines(p, java.nio.charset.StandardCharsets.ISO_8859_1)) {
          lines += l.count();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new long[] {files, lines};
  }
}
