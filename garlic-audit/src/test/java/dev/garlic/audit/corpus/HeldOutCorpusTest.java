package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.garlic.audit.Rule;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.testkit.ExpectMarkers.Expectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The held-out corpus ({@code heldout/} under the test resources): small applications written
 * without reading the engine or the tuning corpus, scored the same way as {@link CorpusTest}. Its
 * figures estimate how the audit does on code it was not tuned on; {@code
 * heldout/floors.properties} holds the figures measured when the corpus landed, so a regression
 * fails the build.
 */
class HeldOutCorpusTest {

  private static final int MIN_LINES = 180;
  private static final int MIN_LINES_PER_CWE = 8;
  private static final int MIN_LINES_PER_KIND = 3;
  private static final int NEARBY_WINDOW = 5;
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

  private static CorpusRun run;

  private final Corpus corpus = Corpus.heldOut();
  private final RuleCatalog catalog = RuleCatalog.shipped();

  private static synchronized CorpusRun run() {
    if (run == null) {
      run = CorpusRun.of(Corpus.heldOut(), RuleCatalog.shipped());
    }
    return run;
  }

  @Test
  void compilesAgainstTheJdkAndTheStubsOfTheCorpus() throws IOException {
    Path out = CorpusPaths.target().resolve("heldout-classes");

    assertThat(CorpusCompiler.compile(corpus, out)).isEmpty();
    assertThat(out.resolve(Corpus.HELD_OUT)).isDirectory();
  }

  @Test
  void everyCweOfTheCatalogHasEightMarkedLinesOfBothKinds() {
    Map<String, int[]> counts = markerCounts();
    List<String> short_ = new ArrayList<>();
    for (Rule rule : catalog.all()) {
      int[] c = counts.getOrDefault(rule.cwe(), new int[2]);
      if (c[0] + c[1] < MIN_LINES_PER_CWE
          || c[0] < MIN_LINES_PER_KIND
          || c[1] < MIN_LINES_PER_KIND) {
        short_.add(rule.cwe() + " has " + c[0] + " positive and " + c[1] + " negative lines");
      }
    }
    int total = counts.values().stream().mapToInt(c -> c[0] + c[1]).sum();

    assertThat(short_)
        .as(
            "each CWE needs >= %d marked lines, >= %d of each kind",
            MIN_LINES_PER_CWE, MIN_LINES_PER_KIND)
        .isEmpty();
    assertThat(total).isGreaterThanOrEqualTo(MIN_LINES);
  }

  @Test
  void everyMarkerNamesCwesOfTheCatalogAndEveryNoneNamesItsCwe() {
    Scoreboard board = Scoreboard.score(corpus.root(), corpus.cases(), List.of());
    List<String> unknown =
        markerCounts().keySet().stream().filter(c -> catalog.byCwe(c).isEmpty()).toList();

    assertThat(board.malformed()).as("markers must be CWE-n lists or none CWE-n").isEmpty();
    assertThat(unknown).as("CWEs marked in the held-out corpus that no rule reports").isEmpty();
  }

  @Test
  void everyCaseIsInThePackageOfItsDirectory() {
    List<String> wrong = new ArrayList<>();
    for (CorpusCase c : corpus.cases()) {
      String dir = c.path().substring(0, c.path().lastIndexOf('/'));
      String expected = Corpus.HELD_OUT + "." + dir.replace('/', '.');
      Matcher m = PACKAGE.matcher(c.text());
      if (!m.find() || !m.group(1).equals(expected)) {
        wrong.add(c.path() + " is not in package " + expected);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void reportsTheRegisteredChecksPerCwe() throws IOException {
    CorpusRun held = run();
    Scoreboard nearby =
        Scoreboard.score(
            corpus.root(),
            corpus.cases(),
            NearbyFindings.attribute(
                corpus.root(), corpus.cases(), held.findings(), NEARBY_WINDOW));
    String report =
        CorpusReport.full(held.board(), catalog, corpus.cases().size(), held.checks())
                .replaceFirst("labelled corpus", "held-out corpus")
            + "\n## Line-tolerant scoring\n\nA finding on an unmarked line counted on the first"
            + " marked line of its CWE at most "
            + NEARBY_WINDOW
            + " lines below it (NearbyFindings).\n\n"
            + CorpusReport.table(nearby, catalog);
    Path file = CorpusPaths.target().resolve("heldout-report.md");
    Files.writeString(file, report);
    System.out.println(CorpusReport.table(held.board(), catalog));
    System.out.println("line-tolerant:\n" + CorpusReport.table(nearby, catalog));

    for (Rule rule : catalog.all()) {
      assertThat(held.board().scores()).containsKey(rule.cwe());
    }
    assertThat(Files.readString(file)).contains("| CWE-89 | sql-injection |");
  }

  @Test
  void registeredChecksMeetTheHeldOutFloors() {
    Floors floors = Floors.load(Corpus.HELD_OUT + "/floors.properties");
    assumeFalse(floors.floors().isEmpty(), "heldout/floors.properties sets no floor yet");

    assertThat(floors.violations(run().board())).isEmpty();
  }

  /** Per CWE: [lines marked with it, {@code none} lines naming it]. */
  private Map<String, int[]> markerCounts() {
    Map<String, int[]> counts = new TreeMap<>(Scoreboard::byCweNumber);
    for (CorpusCase c : corpus.cases()) {
      for (Expectation e : c.expectations()) {
        if (e.text().startsWith("none")) {
          counts.computeIfAbsent(e.text().substring(4).strip(), g -> new int[2])[1]++;
        } else {
          for (String cwe : e.text().split(",")) {
            counts.computeIfAbsent(cwe.strip(), g -> new int[2])[0]++;
          }
        }
      }
    }
    return counts;
  }
}
