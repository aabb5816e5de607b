package dev.garlic.agent.route;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the failing tests a request's text reports when the user pasted a test run into it: Maven
 * Surefire and Gradle summaries ({@code Tests run: 12, Failures: 2, Errors: 1}, {@code 5 tests
 * completed, 2 failed}), JUnit console lines ({@code [X] 3 tests failed}) and failed test names
 * ({@code CartTest > totalIsZero() FAILED}, {@code FAIL: test_total}). Stateless and thread-safe.
 */
public final class FailureEvidence {

  private static final Pattern SUREFIRE =
      Pattern.compile("Tests run:\\s*\\d+,\\s*Failures:\\s*(\\d+),\\s*Errors:\\s*(\\d+)");
  private static final Pattern GRADLE =
      Pattern.compile("\\b\\d+ tests? completed,\\s*(\\d+) failed");
  private static final Pattern JUNIT_CONSOLE = Pattern.compile("\\[\\s*(\\d+) tests failed\\s*]");
  private static final Pattern FAILED_NAME =
      Pattern.compile(
          "^\\s*(?:\\S+ > \\S+.*\\bFAILED|FAIL(?:ED)?:?\\s+\\S+|\\[ERROR]\\s+\\S+\\.\\S+:\\d+\\s)",
          Pattern.MULTILINE);

  private FailureEvidence() {}

  /** The number of failing tests {@code text} reports; 0 when it reports none. */
  public static int failingTests(String text) {
    int summary = -1;
    // Surefire prints a summary per class and a total; the largest is the total.
    Matcher surefire = SUREFIRE.matcher(text);
    while (surefire.find()) {
      summary =
          Math.max(
              summary, Integer.parseInt(surefire.group(1)) + Integer.parseInt(surefire.group(2)));
    }
    for (Pattern p : new Pattern[] {GRADLE, JUNIT_CONSOLE}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        summary = Math.max(summary, Integer.parseInt(m.group(1)));
      }
    }
    if (summary >= 0) {
      return summary;
    }
    Set<String> names = new HashSet<>();
    Matcher failed = FAILED_NAME.matcher(text);
    while (failed.find()) {
      names.add(failed.group().strip());
    }
    return names.size();
  }
}
