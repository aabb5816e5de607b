package dev.garlic.testgen;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What {@code garlic test} was asked to do.
 *
 * @param target a class ({@code com.acme.Money}), a package, a source file or a module directory,
 *     relative to the workspace root or absolute
 * @param budget exploration time per class
 * @param out the test source root to write into (mirroring packages); null for the module's own
 *     test source root
 * @param dryRun generate and verify, but write nothing (the reports carry the sources)
 * @param mutation also run PIT on each class with its generated tests
 * @param force overwrite an existing {@code <Class>GarlicTest.java}
 */
public record TestRequest(
    String target,
    Duration budget,
    @Nullable Path out,
    boolean dryRun,
    boolean mutation,
    boolean force) {

  /** The default exploration budget per class. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  public TestRequest {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the budget must be positive, was " + budget);
    }
  }
}
