package dev.garlic.workspace.build;

import java.util.List;
import java.util.Optional;

/** The naming conventions that pair a test class with the class it tests. */
final class TestNames {

  private TestNames() {}

  /** The names a test of class {@code name} conventionally has, most common first. */
  static List<String> testsOf(String name) {
    return List.of(name + "Test", name + "Tests", "Test" + name, name + "IT");
  }

  /** The class a test named {@code name} tests, or empty when the name is not a test's. */
  static Optional<String> testedBy(String name) {
    if (name.endsWith("Tests") && name.length() > 5) {
      return Optional.of(name.substring(0, name.length() - 5));
    }
    if (name.endsWith("Test") && name.length() > 4) {
      return Optional.of(name.substring(0, name.length() - 4));
    }
    // FooIT, but not SPLIT: the IT must start a new word.
    if (name.endsWith("IT")
        && name.length() > 2
        && !Character.isUpperCase(name.charAt(name.length() - 3))) {
      return Optional.of(name.substring(0, name.length() - 2));
    }
    if (name.startsWith("Test") && name.length() > 4 && Character.isUpperCase(name.charAt(4))) {
      return Optional.of(name.substring(4));
    }
    return Optional.empty();
  }
}
