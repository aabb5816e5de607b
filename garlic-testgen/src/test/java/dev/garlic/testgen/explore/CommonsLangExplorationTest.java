package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.spi.Cancellation;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testkit.RealCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipFile;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Explores real commons-lang3 classes (sources unpacked by {@link RealCorpus}, binaries from the
 * local Maven repository) for ten seconds each and measures the line coverage the explored
 * sequences reached, from the child's JaCoCo execution data.
 */
@Tag("slow")
class CommonsLangExplorationTest {

  static final String VERSION = "3.17.0";

  @ParameterizedTest
  @CsvSource({
    "org.apache.commons.lang3.CharUtils, 30, 0.8",
    "org.apache.commons.lang3.BooleanUtils, 60, 0.85",
    "org.apache.commons.lang3.math.Fraction, 40, 0.75"
  })
  void exploresARealClassIntoManyTestsAndMostOfItsLines(
      String className, int minTests, double minLines, @org.junit.jupiter.api.io.TempDir Path work)
      throws IOException {
    Path sources =
        RealCorpus.sources(
            "org.apache.commons:commons-lang3:" + VERSION, Path.of("target/corpora"));
    Path jar =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/apache/commons/commons-lang3",
            VERSION,
            "commons-lang3-" + VERSION + ".jar");
    assertThat(jar)
        .as("run ./mvnw dependency:get -Dartifact=org.apache.commons:commons-lang3:" + VERSION)
        .exists();
    TargetProject project =
        new TargetProject(
            sources, List.of(sources), List.of(jar), List.of(), List.of(), work.resolve("tests"));

    Exploration exploration =
        new Explorer()
            .explore(
                project,
                className,
                Duration.ofSeconds(10),
                work,
                new LocalRunner(),
                Cancellation.create());

    double lines = lineCoverage(exploration.executionData(), jar, className);
    System.out.printf(
        "%s: %d tests (%d from contracts), %d bugs, %d dropped, %d sequences, %.0f%% of lines%n",
        className,
        exploration.suite().tests().size(),
        exploration.suite().tests().stream().filter(t -> t.origin().equals("contract")).count(),
        exploration.suite().bugs().size(),
        exploration.suite().dropped().size(),
        exploration.suite().explored(),
        lines * 100);
    assertThat(exploration.suite().tests()).hasSizeGreaterThanOrEqualTo(minTests);
    assertThat(lines).isGreaterThanOrEqualTo(minLines);
  }

  private static double lineCoverage(List<Path> executionData, Path jar, String className)
      throws IOException {
    ExecFileLoader loader = new ExecFileLoader();
    for (Path file : executionData) {
      loader.load(file.toFile());
    }
    CoverageBuilder coverage = new CoverageBuilder();
    Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), coverage);
    try (ZipFile zip = new ZipFile(jar.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(className.replace('.', '/') + ".class"))) {
      analyzer.analyzeClass(in, className);
    }
    IClassCoverage c = coverage.getClasses().iterator().next();
    return c.getLineCounter().getCoveredRatio();
  }
}
