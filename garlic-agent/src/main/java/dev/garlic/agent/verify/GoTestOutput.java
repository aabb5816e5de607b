package dev.garlic.agent.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Results from {@code go test -v} console output: {@code --- PASS/FAIL/SKIP: TestName (0.00s)}
 * lines for the counts, the indented {@code file_test.go:12: message} lines a test logs (after its
 * {@code === RUN} line, or after its {@code --- FAIL} line without {@code -v}) for its message and
 * location, and {@code FAIL\tpkg} lines for the package. Subtests count as tests, as go reports
 * them; a test whose subtest failed is not listed again.
 */
final class GoTestOutput {

  private static final Pattern RUN = Pattern.compile("^=== (?:RUN|CONT)\\s+(\\S+)$");
  private static final Pattern RESULT =
      Pattern.compile("^\\s*--- (PASS|FAIL|SKIP): (\\S+) \\([\\d.]+s\\)$");
  private static final Pattern MESSAGE = Pattern.compile("^\\s+(\\S+\\.go):(\\d+): (.*)$");
  private static final Pattern PACKAGE_FAIL = Pattern.compile("^FAIL\\s+(\\S+)\\s+[\\d.]+s$");

  private GoTestOutput() {}

  private record Logged(String location, String message) {}

  static ParsedResults parse(String output) {
    int run = 0;
    int failed = 0;
    int skipped = 0;
    Map<String, @Nullable String> failedTests = new LinkedHashMap<>();
    Map<String, Logged> logs = new HashMap<>();
    String current = null;
    for (String line : output.lines().toList()) {
      Matcher m;
      if ((m = RUN.matcher(line)).matches()) {
        current = m.group(1);
      } else if ((m = RESULT.matcher(line)).matches()) {
        run++;
        current = m.group(2);
        switch (m.group(1)) {
          case "FAIL" -> {
            failed++;
            failedTests.put(m.group(2), null);
          }
          case "SKIP" -> skipped++;
          default -> {}
        }
      } else if (current != null && (m = MESSAGE.matcher(line)).matches()) {
        logs.putIfAbsent(current, new Logged(m.group(1) + ":" + m.group(2), m.group(3).strip()));
      } else if ((m = PACKAGE_FAIL.matcher(line)).matches()) {
        String pkg = m.group(1);
        failedTests.replaceAll((test, p) -> p == null ? pkg : p);
      }
    }
    List<TestFailure> failures = new ArrayList<>();
    failedTests.forEach(
        (test, pkg) -> {
          if (failedTests.keySet().stream().noneMatch(other -> other.startsWith(test + "/"))) {
            Logged log = logs.get(test);
            failures.add(
                new TestFailure(
                    pkg == null ? "" : pkg,
                    test,
                    false,
                    log == null ? "" : log.message(),
                    List.of(),
                    log == null ? null : log.location()));
          }
        });
    return new ParsedResults(run, failed, 0, skipped, failures);
  }
}
