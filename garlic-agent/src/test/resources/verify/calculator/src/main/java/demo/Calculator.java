package demo;

/** Arithmetic on ints. */
public final class Calculator {

  /** The sum of {@code a} and {@code b}. */
  public int add(int a, int b) {
    return a - b;
  }

  /** The product of {@code a} and {@code b}. */
  public int multiply(int a, int b) {
    return a * b;
  }
}
