package dev.garlic.testgen.run;

import dev.garlic.testgen.model.Dropped;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.write.TestSource;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of verifying one generated test class.
 *
 * @param source the final source, every test of which compiled and passed in {@value
 *     TestVerifier#RUNS} fresh JVMs; null when every test was dropped
 * @param kept the tests in {@code source}
 * @param dropped the tests left out, with reasons and one line of detail each
 * @param classes the directory holding the compiled final test class (for coverage and mutation
 *     runs); null when {@code source} is
 * @param jvmRuns how many child JVMs verification started
 */
public record VerifiedSuite(
    @Nullable TestSource source,
    List<TestCase> kept,
    List<Dropped> dropped,
    @Nullable Path classes,
    int jvmRuns) {

  public VerifiedSuite {
    kept = List.copyOf(kept);
    dropped = List.copyOf(dropped);
  }
}
