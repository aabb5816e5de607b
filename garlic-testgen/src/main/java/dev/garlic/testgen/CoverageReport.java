package dev.garlic.testgen;

import dev.garlic.testgen.model.Coverage;
import java.util.List;

/**
 * Line and branch coverage of a TARGET's classes by the project's existing JUnit 5 tests.
 *
 * @param target the TARGET as given
 * @param classes one coverage per class, in order
 */
public record CoverageReport(String target, List<Coverage> classes) {

  public CoverageReport {
    classes = List.copyOf(classes);
  }
}
