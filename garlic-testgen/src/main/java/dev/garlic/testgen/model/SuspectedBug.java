package dev.garlic.testgen.model;

/**
 * Observed behaviour that contradicts the documented contract; reported, never written as a passing
 * test.
 *
 * @param targetClass the class under test
 * @param method the method, with its parameter types, e.g. {@code withdraw(long)}
 * @param contract what the documentation or precondition says, e.g. {@code "@throws
 *     IllegalArgumentException if amount < 0"}
 * @param observed what happened instead, e.g. {@code "returned normally for amount = -1"}
 * @param reproducer a test that shows the behaviour (it asserts what was observed)
 */
public record SuspectedBug(
    String targetClass, String method, String contract, String observed, TestCase reproducer) {}
