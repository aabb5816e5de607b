package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The labelled corpus: its shape (size, balance of positives and negatives per CWE, markers that
 * name rules of the catalog), and the per-CWE table of every registered check's results, printed
 * and written to {@code target/corpus-report.md}. Quality floors are {@link CorpusFloorsTest}'s.
 */
class CorpusTest {

  private static final int MIN_CASES = 400;
  private static final int MIN_LINES_PER_KIND = 10;
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

  private final Corpus corpus = Corpus.load();
  private final RuleCatalog catalog = RuleCatalog.shipped();

  @Test
  void holdsAtLeastFourHundredCases() {
    assertThat(corpus.cases()).hasSizeGreaterThanOrEqualTo(MIN_CASES);
  }

  @Test
  void everyCweOfTheCatalogHasTenPositiveAndAsManyNegativeLines() {
    Map<String, int[]> counts = markerCounts();
    List<String> short_ = new ArrayList<>();
    for (Rule rule : catalog.all()) {
      int[] c = counts.getOrDefault(rule.cwe(), new int[2]);
      if (c[0] < MIN_LINES_PER_KIND || c[1] < MIN_LINES_PER_KIND || c[1] < c[0]) {
        short_.add(rule.cwe() + " has " + c[0] + " positive and " + c[1] + " negative lines");
      }
    }
    assertThat(short_)
        .as(
            "each CWE needs >= %d positive lines and at least as many negatives",
            MIN_LINES_PER_KIND)
        .isEmpty();
  }

  @Test
  void everyExpectedCweIsARuleOfTheCatalog() {
    List<String> unknown = new ArrayList<>();
    for (String cwe : markerCounts().keySet()) {
      if (catalog.byCwe(cwe).isEmpty()) {
        unknown.add(cwe);
      }
    }
    assertThat(unknown).as("CWEs marked in the corpus that no rule reports").isEmpty();
  }

  @Test
  void everyCaseHasAMarkerAndThePackageOfItsDirectory() {
    List<String> wrong = new ArrayList<>();
    for (CorpusCase c : corpus.cases()) {
      String dir = c.path().substring(0, c.path().lastIndexOf('/'));
      String expected = "corpus." + dir.replace('/', '.');
      Matcher m = PACKAGE.matcher(c.text());
      if (!m.find() || !m.group(1).equals(expected)) {
        wrong.add(c.path() + " is not in package " + expected);
      }
      if (c.expectations().isEmpty()) {
        wrong.add(c.path() + " has no // EXPECT: marker");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyMarkerIsNoneOrAListOfCwes() {
    Scoreboard board = Scoreboard.score(corpus.root(), corpus.cases(), List.of());

    assertThat(board.malformed()).isEmpty();
  }

  @Test
  void reportsPrecisionAndRecallOfTheRegisteredChecksPerCwe() throws IOException {
    CorpusRun run = CorpusRun.shared();
    String report = CorpusReport.full(run.board(), catalog, corpus.cases().size(), run.checks());
    Path file = CorpusPaths.target().resolve("corpus-report.md");
    Files.writeString(file, report);
    System.out.println(CorpusReport.table(run.board(), catalog));

    for (Rule rule : catalog.all()) {
      assertThat(run.board().scores()).containsKey(rule.cwe());
      assertThat(run.board().scores().get(rule.cwe()).positives())
          .isGreaterThanOrEqualTo(MIN_LINES_PER_KIND);
    }
    assertThat(Files.readString(file)).contains("| CWE-89 | sql-injection |");
  }

  /** Per CWE: [lines marked with it, {@code none} lines in its directory]. */
  private Map<String, int[]> markerCounts() {
    Map<String, int[]> counts = new TreeMap<>(Scoreboard::byCweNumber);
    for (CorpusCase c : corpus.cases()) {
      for (Expectation e : c.expectations()) {
        if (e.text().equals("none")) {
          counts.computeIfAbsent(c.group(), g -> new int[2])[1]++;
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
