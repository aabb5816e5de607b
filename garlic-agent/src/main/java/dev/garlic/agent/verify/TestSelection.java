package dev.garlic.agent.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests to run first: for JVM builds the test classes by module (the root module is {@code
 * ""}), for pytest the test files, for go the package directories; plus the changed files that no
 * test pairs with.
 *
 * @param testsByModule test names grouped by the module that holds them, in order
 * @param unpaired changed source files no test pairs with
 */
record TestSelection(Map<String, List<String>> testsByModule, List<String> unpaired) {

  static final TestSelection EMPTY = new TestSelection(Map.of(), List.of());

  TestSelection {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    testsByModule.forEach((module, tests) -> copy.put(module, List.copyOf(tests)));
    testsByModule = Collections.unmodifiableMap(copy);
    unpaired = List.copyOf(unpaired);
  }

  boolean isEmpty() {
    return testsByModule.values().stream().allMatch(List::isEmpty);
  }

  /** Every selected test, in order. */
  List<String> tests() {
    List<String> all = new ArrayList<>();
    testsByModule.values().forEach(all::addAll);
    return all.stream().distinct().toList();
  }

  /** The modules that hold selected tests. */
  List<String> modules() {
    return List.copyOf(testsByModule.keySet());
  }
}
