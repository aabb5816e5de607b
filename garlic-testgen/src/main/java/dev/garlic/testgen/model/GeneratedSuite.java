package dev.garlic.testgen.model;

import java.util.List;

/**
 * What exploration produced for one class: tests to render and verify, suspected bugs, and tests
 * already dropped during exploration (nondeterministic outcomes, contained exits).
 *
 * @param targetClass the fully qualified name of the class under test
 * @param tests the tests, most valuable first (new coverage, then documented contracts)
 * @param bugs behaviour contradicting documented contracts
 * @param dropped tests dropped during exploration, with reasons
 * @param explored how many call sequences were executed
 */
public record GeneratedSuite(
    String targetClass,
    List<TestCase> tests,
    List<SuspectedBug> bugs,
    List<Dropped> dropped,
    int explored) {

  public GeneratedSuite {
    tests = List.copyOf(tests);
    bugs = List.copyOf(bugs);
    dropped = List.copyOf(dropped);
  }
}
