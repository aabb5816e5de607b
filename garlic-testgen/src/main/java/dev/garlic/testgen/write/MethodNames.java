package dev.garlic.testgen.write;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns one-line descriptions into unique, valid Java method names: {@code "returns empty for null
 * input"} becomes {@code returnsEmptyForNullInput}; a second one becomes {@code
 * returnsEmptyForNullInput2}. Not thread-safe: one instance per rendered class.
 */
final class MethodNames {

  private static final int MAX_LENGTH = 80;

  private final Set<String> taken = new HashSet<>();

  /** A name not handed out before, derived from {@code description}. */
  String unique(String description) {
    String base = camelCase(description);
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  static String camelCase(String description) {
    StringBuilder name = new StringBuilder();
    for (String word : description.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (name.length() + word.length() > MAX_LENGTH && !name.isEmpty()) {
        break;
      }
      if (name.isEmpty()) {
        boolean acronym = word.equals(word.toUpperCase(Locale.ROOT));
        name.append(
            acronym
                ? word.toLowerCase(Locale.ROOT)
                : Character.toLowerCase(word.charAt(0)) + word.substring(1));
      } else {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, name.isEmpty() ? "test" : "test_");
    }
    String result = name.toString();
    return SourceVersion.isKeyword(result) ? result + "Test" : result;
  }
}
