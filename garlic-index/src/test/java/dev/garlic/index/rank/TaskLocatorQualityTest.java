package dev.garlic.index.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.index.CodeIndex;
import dev.garlic.protocol.code.RankedFile;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.testkit.RealCorpus;
import dev.garlic.workspace.Language;
import dev.garlic.workspace.Workspace;
import dev.garlic.workspace.outline.Outline;
import dev.garlic.workspace.outline.Outlines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * How well {@link TaskLocator} finds the files real fixes change, on released sources of
 * open-source libraries (fetched from Maven Central once and cached under {@code target/}). Reports
 * each case's rank and the top-1 and top-5 hit rates.
 */
@Tag("slow")
class TaskLocatorQualityTest {

  private static final Path CACHE = Path.of("target", "corpora");

  @Test
  void findsTheFilesRealFixesChangeNearTheTop(TestReporter reporter) {
    evaluate("own-scoring", TaskLocatorQualityTest::load, reporter);
  }

  @Test
  void findsThemAsWellThroughTheIndex(TestReporter reporter) {
    Map<String, CodeIndex> indexes = new HashMap<>();
    try {
      evaluate(
          "through-index",
          coordinates -> {
            CodeIndex index =
                CodeIndex.open(
                    Workspace.open(RealCorpus.sources(coordinates, CACHE)),
                    Settings.EMPTY,
                    Reporter.SILENT);
            indexes.put(coordinates, index);
            index.update();
            return new IndexCorpus(index.snapshot());
          },
          reporter);
    } finally {
      indexes.values().forEach(CodeIndex::close);
    }
  }

  /**
   * Ranks every case, publishes each rank, and writes them with the hit rates to {@code
   * target/locate-quality-<label>.txt} so that the figures can be read after a run.
   */
  private static void evaluate(
      String label, Function<String, Corpus> loader, TestReporter reporter) {
    Map<String, Corpus> corpora = new HashMap<>();
    int top1 = 0;
    int top5 = 0;
    StringBuilder lines = new StringBuilder();
    List<LocateCases.Case> cases = LocateCases.all();
    for (LocateCases.Case c : cases) {
      Corpus corpus = corpora.computeIfAbsent(c.corpus(), loader);
      List<RankedFile> ranked = TaskLocator.create().locate(corpus, c.task(), 50).files();
      int rank = rankOfFix(ranked, c.fixed());
      top1 += rank == 1 ? 1 : 0;
      top5 += rank >= 1 && rank <= 5 ? 1 : 0;
      String line =
          "rank "
              + (rank < 0 ? "-" : rank)
              + "; top: "
              + ranked.stream().limit(3).map(TaskLocatorQualityTest::brief).toList();
      reporter.publishEntry(c.name(), line);
      lines.append(c.name()).append(": ").append(line).append('\n');
    }
    String summary = "top-1 " + top1 + "/" + cases.size() + ", top-5 " + top5 + "/" + cases.size();
    reporter.publishEntry("summary", summary);
    write(
        Path.of("target", "locate-quality-" + label + ".txt"), lines.append(summary).append('\n'));
    assertThat(top5).isGreaterThanOrEqualTo(cases.size() * 3 / 4);
  }

  private static void write(Path file, CharSequence text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String brief(RankedFile file) {
    return FileNames.fileName(file.path())
        + String.format(" %.2f ", file.score())
        + file.reasons().stream().limit(3).toList();
  }

  private static int rankOfFix(List<RankedFile> ranked, List<String> fixed) {
    for (int i = 0; i < ranked.size(); i++) {
      String path = ranked.get(i).path();
      if (fixed.stream().anyMatch(f -> path.equals(f) || path.endsWith("/" + f))) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * A project laid out as Maven does: the sources jar under {@code src/main/java/} and, when the
   * local Maven repository has the test-sources jar, the tests under {@code src/test/java/}, all
   * outlined by the workspace's front ends.
   */
  static Corpus load(String coordinates) {
    Path root = RealCorpus.sources(coordinates, CACHE);
    Map<String, String> texts = new HashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        texts.put("src/main/java/" + path, utf8(Files.readAllBytes(file)));
      }
      Path tests = testSourcesJar(coordinates);
      if (Files.isRegularFile(tests)) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(tests))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().endsWith(".java")) {
              texts.put("src/test/java/" + e.getName(), utf8(zip.readAllBytes()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Outlines outlines = new Outlines();
    Map<String, Outline> byPath = new HashMap<>();
    texts.forEach((path, text) -> byPath.put(path, outlines.outline(Language.JAVA, path, text)));
    return Corpus.of(byPath, texts);
  }

  /** Some sources are not UTF-8; replacing bad bytes is fine for ranking. */
  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Path testSourcesJar(String coordinates) {
    String[] gav = coordinates.split(":");
    return Path.of(System.getProperty("user.home"), ".m2", "repository")
        .resolve(gav[0].replace('.', '/'))
        .resolve(gav[1])
        .resolve(gav[2])
        .resolve(gav[1] + "-" + gav[2] + "-test-sources.jar");
  }
}
