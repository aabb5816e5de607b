package dev.garlic.agent.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Test counts and failures parsed from one runner's reports or output.
 *
 * @param run tests run
 * @param failed assertion failures
 * @param errors unexpected exceptions
 * @param skipped skipped tests
 * @param failures each failed or errored test
 */
record ParsedResults(int run, int failed, int errors, int skipped, List<TestFailure> failures) {

  static final ParsedResults NONE = new ParsedResults(0, 0, 0, 0, List.of());

  ParsedResults {
    failures = List.copyOf(failures);
  }

  ParsedResults plus(ParsedResults other) {
    List<TestFailure> all = new ArrayList<>(failures);
    all.addAll(other.failures);
    return new ParsedResults(
        run + other.run,
        failed + other.failed,
        errors + other.errors,
        skipped + other.skipped,
        all);
  }

  boolean isEmpty() {
    return run == 0 && failures.isEmpty();
  }
}
