package dev.garlic.testgen.model;

import java.util.List;

/**
 * One generated test: build the inputs, make the call under test, check the outcome.
 *
 * @param targetClass the fully qualified name of the class under test
 * @param arrange the steps that build receivers and arguments, in order
 * @param act the call under test; its variable (if any) is what assertions call {@code result}
 * @param outcome what it did
 * @param origin how the test was found, for reports: {@code "vector"} (a boundary or typed input),
 *     {@code "sequence"} (feedback-directed exploration), {@code "contract"} (a documented
 *     {@code @throws} or precondition), {@code "model"} (written by the model in Deep mode)
 * @param description one line saying what the test shows, used for its name and a comment, e.g.
 *     {@code "returns empty for null input"}
 */
public record TestCase(
    String targetClass,
    List<Step> arrange,
    Step act,
    Outcome outcome,
    String origin,
    String description) {

  public TestCase {
    arrange = List.copyOf(arrange);
  }

  /** The name of the method (or {@code <init>}) under test. */
  public String method() {
    return act.call().name();
  }
}
