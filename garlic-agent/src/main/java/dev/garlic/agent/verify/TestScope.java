package dev.garlic.agent.verify;

/** How much of a test suite {@code run_tests} runs. */
public enum TestScope {
  /** The tests that pair with the changed files (or the named tests); a build when none pair. */
  CHANGED,
  /** Those first, then, if they pass, every test of the project. */
  ALL
}
