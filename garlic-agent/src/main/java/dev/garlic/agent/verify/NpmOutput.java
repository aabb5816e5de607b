package dev.garlic.agent.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Results from the console output of {@code npm test} for the common JavaScript runners: Jest
 * ({@code Tests: 1 failed, 3 passed, 4 total} and {@code ● Suite › test} headings), Vitest ({@code
 * Tests 1 failed | 3 passed (4)} and {@code FAIL file > suite > test} lines), Mocha ({@code 3
 * passing}, {@code 1 failing}, {@code 1 pending}, numbered failures) and node:test ({@code ℹ tests
 * 4}, {@code # pass 3}). Another runner yields no counts; the caller then relies on the exit code.
 */
final class NpmOutput {

  private static final Pattern JEST_TOTALS = Pattern.compile("^Tests:\\s+(.*\\d+ total)\\s*$");
  private static final Pattern VITEST_TOTALS = Pattern.compile("^\\s*Tests\\s+(.*)\\(\\d+\\)\\s*$");
  private static final Pattern COUNT = Pattern.compile("(\\d+) (failed|passed|skipped|todo)");
  private static final Pattern MOCHA =
      Pattern.compile("^\\s*(\\d+) (passing|failing|pending)\\b.*");
  private static final Pattern NODE =
      Pattern.compile("^(?:ℹ|#) (tests|pass|fail|skipped|todo|cancelled) (\\d+)\\s*$");
  private static final Pattern JEST_FAILURE = Pattern.compile("^\\s*● (?!Console)(.+?)\\s*$");
  private static final Pattern VITEST_FAILURE = Pattern.compile("^\\s*FAIL\\s+(\\S+) > (.+?)\\s*$");
  private static final Pattern MOCHA_FAILURE = Pattern.compile("^\\s+\\d+\\) (.+?):?\\s*$");

  private NpmOutput() {}

  static ParsedResults parse(String output) {
    Counts counts = new Counts();
    List<TestFailure> failures = new ArrayList<>();
    boolean mochaFailing = false;
    for (String line : output.lines().toList()) {
      Matcher m;
      if ((m = JEST_TOTALS.matcher(line)).matches()
          || (m = VITEST_TOTALS.matcher(line)).matches()) {
        counts.addAll(m.group(1));
      } else if ((m = MOCHA.matcher(line)).matches()) {
        int n = Integer.parseInt(m.group(1));
        switch (m.group(2)) {
          case "passing" -> counts.passed += n;
          case "failing" -> {
            counts.failed += n;
            mochaFailing = true;
          }
          default -> counts.skipped += n;
        }
      } else if ((m = NODE.matcher(line)).matches()) {
        int n = Integer.parseInt(m.group(2));
        switch (m.group(1)) {
          case "pass" -> counts.passed += n;
          case "fail", "cancelled" -> counts.failed += n;
          case "skipped", "todo" -> counts.skipped += n;
          default -> {}
        }
      } else if ((m = JEST_FAILURE.matcher(line)).matches()) {
        failures.add(failure("", m.group(1).replace(" › ", " > ")));
      } else if ((m = VITEST_FAILURE.matcher(line)).matches()) {
        failures.add(failure(m.group(1), m.group(2)));
      } else if (mochaFailing && (m = MOCHA_FAILURE.matcher(line)).matches()) {
        failures.add(failure("", m.group(1)));
      }
    }
    return new ParsedResults(
        counts.passed + counts.failed + counts.skipped,
        counts.failed,
        0,
        counts.skipped,
        failures.stream().distinct().toList());
  }

  private static TestFailure failure(String file, String name) {
    return new TestFailure(file, name, false, "", List.of(), file.isEmpty() ? null : file);
  }

  private static final class Counts {
    int passed;
    int failed;
    int skipped;

    void addAll(String totals) {
      Matcher count = COUNT.matcher(totals);
      while (count.find()) {
        int n = Integer.parseInt(count.group(1));
        switch (count.group(2)) {
          case "passed" -> passed += n;
          case "failed" -> failed += n;
          default -> skipped += n;
        }
      }
    }
  }
}
