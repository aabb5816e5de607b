package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {

  private final Calculator calculator = new Calculator();

  @Test
  void addsTwoNumbers() {
    assertEquals(5, calculator.add(2, 3), "2 + 3");
  }

  @Test
  void multipliesTwoNumbers() {
    assertEquals(6, calculator.multiply(2, 3), "2 * 3");
  }
}
