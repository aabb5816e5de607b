package dev.garlic.workspace.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Extraction speed over the sources of commons-lang3 (fetch them with {@code mvn dependency:get
 * -Dartifact=org.apache.commons:commons-lang3:3.17.0:jar:sources}). Measures CPU time of the
 * extracting thread, so that other processes on the machine do not skew it; the index's budget
 * (1,000,000 lines in 30 s on 2 cores, Lucene included) needs 80,000 lines/s on one core.
 */
@Tag("slow")
class JavaOutlineSpeedTest {

  private static final Path SOURCES =
      Path.of(
          System.getProperty("user.home"),
          ".m2/repository/org/apache/commons/commons-lang3/3.17.0",
          "commons-lang3-3.17.0-sources.jar");
  private static final int WARM_UP_ROUNDS = 8;
  private static final int MEASURED_ROUNDS = 5;

  @Test
  void extractsAtLeastEightyThousandLinesPerSecondOnOneCore(TestReporter reporter)
      throws IOException {
    assumeTrue(Files.isRegularFile(SOURCES), "commons-lang3 sources are not in ~/.m2");
    List<String> files = javaFiles(SOURCES);
    long lines = files.stream().mapToLong(text -> text.lines().count()).sum();
    JavaOutlineExtractor extractor = new JavaOutlineExtractor();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      extractAll(extractor, files);
    }
    long bestNanos = Long.MAX_VALUE;
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      long start = threads.getCurrentThreadCpuTime();
      extractAll(extractor, files);
      bestNanos = Math.min(bestNanos, threads.getCurrentThreadCpuTime() - start);
    }

    long linesPerSecond = lines * 1_000_000_000L / bestNanos;
    reporter.publishEntry("files", String.valueOf(files.size()));
    reporter.publishEntry("lines", String.valueOf(lines));
    reporter.publishEntry("linesPerCpuSecond", String.valueOf(linesPerSecond));
    assertThat(linesPerSecond).isGreaterThanOrEqualTo(80_000);
  }

  private static int extractAll(JavaOutlineExtractor extractor, List<String> files) {
    int definitions = 0;
    for (int i = 0; i < files.size(); i++) {
      definitions += extractor.outline("F" + i + ".java", files.get(i)).definitions().size();
    }
    return definitions;
  }

  private static List<String> javaFiles(Path jar) throws IOException {
    List<String> texts = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().endsWith(".java")) {
          texts.add(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}
