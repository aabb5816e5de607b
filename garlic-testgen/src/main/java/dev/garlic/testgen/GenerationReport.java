package dev.garlic.testgen;

import java.util.List;

/**
 * What one {@code garlic test} run did: one report per class of the target, in order.
 *
 * @param target the TARGET as given
 * @param module the module the classes are in (its directory relative to the root, empty for the
 *     root module)
 * @param dryRun whether nothing was written
 * @param classes one report per class
 * @param millis wall time of the whole run, the build included
 */
public record GenerationReport(
    String target, String module, boolean dryRun, List<ClassReport> classes, long millis) {

  public GenerationReport {
    classes = List.copyOf(classes);
  }

  /** How many tests were written (or, in a dry run, would be) over all classes. */
  public int written() {
    return classes.stream().mapToInt(ClassReport::written).sum();
  }
}
