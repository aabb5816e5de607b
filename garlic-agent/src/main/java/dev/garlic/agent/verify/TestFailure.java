package dev.garlic.agent.verify;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One failed or errored test.
 *
 * @param testClass the test class (or file, suite or package for non-JVM runners)
 * @param method the test method or name, {@code ""} when the whole class failed
 * @param error true for an error (an unexpected exception), false for a failed assertion
 * @param message the failure message, its first line when the message is long
 * @param frames the first relevant stack frames, project code first (at most a few)
 * @param location {@code path:line} of the failure when it is in the project, else null
 */
public record TestFailure(
    String testClass,
    String method,
    boolean error,
    String message,
    List<String> frames,
    @Nullable String location) {

  public TestFailure {
    frames = List.copyOf(frames);
  }

  /** {@code class.method}, or the class alone. */
  public String name() {
    return method.isEmpty() ? testClass : testClass + "." + method;
  }
}
