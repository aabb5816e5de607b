package dev.garlic.testgen.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the call under test did, and so what its test asserts. */
public sealed interface Outcome {

  /** It returned normally; the assertions hold afterwards (none for a smoke test). */
  record Returns(List<Assertion> assertions) implements Outcome {
    public Returns {
      assertions = List.copyOf(assertions);
    }
  }

  /**
   * It threw {@code exception} (a fully qualified name): written as {@code assertThrows}.
   *
   * @param message the exception's message when it is stable and worth asserting, else null
   */
  record Throws(String exception, @Nullable String message) implements Outcome {}
}
