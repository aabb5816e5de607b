package dev.garlic.agent.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Results from pytest's console output run with {@code -rfE}: the final summary line ({@code === 1
 * failed, 3 passed, 1 skipped in 0.12s ===}) for the counts and the short summary lines ({@code
 * FAILED tests/test_x.py::test_y - AssertionError: msg}, {@code ERROR ...}) for the failures.
 */
final class PytestOutput {

  private static final Pattern SUMMARY =
      Pattern.compile(
          "^=+ (.*\\b(?:passed|failed|error|errors|skipped|no tests ran)\\b.*) in [\\d.]+s.* =+$");
  private static final Pattern COUNT = Pattern.compile("(\\d+) (passed|failed|errors?|skipped)");
  private static final Pattern FAILURE =
      Pattern.compile("^(FAILED|ERROR) ([^:\\s]+)(?:::(\\S+))?(?: - (.*))?$");

  private PytestOutput() {}

  static ParsedResults parse(String output) {
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int skipped = 0;
    List<TestFailure> failures = new ArrayList<>();
    for (String line : output.lines().toList()) {
      Matcher failure = FAILURE.matcher(line);
      if (failure.matches()) {
        String file = failure.group(2);
        String test = failure.group(3) == null ? "" : failure.group(3);
        String message = failure.group(4) == null ? "" : failure.group(4);
        failures.add(
            new TestFailure(
                file, test, failure.group(1).equals("ERROR"), message, List.of(), file));
        continue;
      }
      Matcher summary = SUMMARY.matcher(line);
      if (summary.matches()) {
        Matcher count = COUNT.matcher(summary.group(1));
        while (count.find()) {
          int n = Integer.parseInt(count.group(1));
          switch (count.group(2)) {
            case "passed" -> passed = n;
            case "failed" -> failed = n;
            case "skipped" -> skipped = n;
            default -> errors = n;
          }
        }
      }
    }
    return new ParsedResults(passed + failed + errors + skipped, failed, errors, skipped, failures);
  }
}
