package dev.garlic.agent.verify;

import java.util.Locale;

/** The test runners {@code run_tests} knows how to drive and whose results it can parse. */
public enum TestFramework {
  /** Maven with Surefire/Failsafe: results from {@code target/surefire-reports}. */
  MAVEN,
  /** Gradle's {@code test} task: results from {@code build/test-results}. */
  GRADLE,
  /** {@code npm test}: results from the console summary of Jest, Vitest, Mocha or node:test. */
  NPM,
  /** pytest: results from its console summary. */
  PYTEST,
  /** {@code go test}: results from its verbose console output. */
  GO;

  /** The name in lower case, as reports and docs spell it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
