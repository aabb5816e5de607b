package dev.garlic.testgen.model;

/**
 * A test that was generated but not written.
 *
 * @param test the test
 * @param reason why
 * @param detail one line for the report: the compiler error, the assertion that failed, what was
 *     touched
 */
public record Dropped(TestCase test, DropReason reason, String detail) {}
