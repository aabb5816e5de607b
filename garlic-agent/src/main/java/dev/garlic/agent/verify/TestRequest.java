package dev.garlic.agent.verify;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to test.
 *
 * @param scope {@link TestScope#CHANGED} for the tests that pair with the changes, {@link
 *     TestScope#ALL} to go on to the whole suite when those pass
 * @param tests tests named explicitly (class names, test files, go test names); when not empty they
 *     are run instead of the ones that pair with the changes
 * @param changedFiles the changed files relative to the root, or null to ask git
 * @param timeout how long each command may run
 */
public record TestRequest(
    TestScope scope, List<String> tests, @Nullable Set<String> changedFiles, Duration timeout) {

  public TestRequest {
    tests = List.copyOf(tests);
    changedFiles = changedFiles == null ? null : Set.copyOf(changedFiles);
  }
}
