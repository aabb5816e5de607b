package dev.garlic.agent.verify;

import java.util.List;

/**
 * A detected test runner: which framework and the argument vector that launches it (for example
 * {@code ["./mvnw"]}, {@code ["sh", "mvnw"]} when the wrapper is not executable, or {@code
 * ["mvn"]}).
 *
 * @param framework the framework
 * @param launcher the command that starts it, before any arguments
 * @param marker the file that gave it away, relative to the root ({@code pom.xml})
 */
public record TestRunnerSetup(TestFramework framework, List<String> launcher, String marker) {

  public TestRunnerSetup {
    launcher = List.copyOf(launcher);
  }
}
