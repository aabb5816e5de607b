package dev.garlic.testgen.model;

/**
 * One check on what the call under test did, written as a JUnit 5 assertion. {@code actual} is an
 * expression over the test's variables, e.g. {@code result}, {@code result.size()}, {@code
 * list.isEmpty()}.
 */
public sealed interface Assertion {

  /** The expression the assertion checks. */
  String actual();

  /**
   * {@code assertEquals(expected, actual)}; for {@code float}/{@code double}, with {@code delta}.
   */
  record Equals(String actual, Value expected, double delta) implements Assertion {
    public Equals(String actual, Value expected) {
      this(actual, expected, 0);
    }
  }

  /** {@code assertArrayEquals(expected, actual)}. */
  record ArrayEquals(String actual, Value expected) implements Assertion {}

  /** {@code assertNull(actual)}. */
  record IsNull(String actual) implements Assertion {}

  /** {@code assertNotNull(actual)}. */
  record IsNotNull(String actual) implements Assertion {}

  /** {@code assertTrue(actual)} or {@code assertFalse(actual)}. */
  record IsBoolean(String actual, boolean expected) implements Assertion {}

  /** {@code assertSame(expected, actual)}: the call returned its receiver or an argument. */
  record Same(String actual, String expected) implements Assertion {}
}
