package dev.garlic.testgen.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one child JVM run of {@link TestRunnerMain} reported.
 *
 * @param finished whether the launcher returned (false: the JVM was ended by a test or a timeout)
 * @param error why the launcher itself failed, or null
 * @param running the test that had started and not finished when the file was last written
 * @param results one per finished test, and per failed container
 */
record RunReport(
    boolean finished, @Nullable String error, @Nullable TestKey running, List<TestResult> results) {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * A test method, and which invocation of it (1-based; 0 for a plain test or the whole method).
   */
  record TestKey(String className, String method, int invocation) {}

  /** How one test (or container) ended: {@code SUCCESSFUL}, {@code FAILED} or {@code ABORTED}. */
  record TestResult(
      String className, String method, int invocation, String status, String message) {
    TestKey key() {
      return new TestKey(className, method, invocation);
    }

    boolean passed() {
      return !status.equals("FAILED");
    }
  }

  RunReport {
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** The report in {@code file}, or an unfinished empty one when the child wrote nothing. */
  static RunReport read(Path file) {
    if (!Files.exists(file)) {
      return new RunReport(false, null, null, List.of());
    }
    try {
      return JSON.readValue(file.toFile(), RunReport.class);
    } catch (IOException e) {
      throw GarlicException.environment("cannot read the test runner's results " + file + ": " + e);
    }
  }
}
