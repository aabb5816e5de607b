package dev.garlic.agent.tools;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drops variables that look like credentials from the environment a command sees: any whose name
 * contains {@code KEY}, {@code TOKEN}, {@code SECRET} or {@code PASSWORD}, in any case. Crude on
 * purpose: a false positive costs a variable, a false negative leaks a secret to a model.
 */
public final class EnvironmentFilter {

  private static final List<String> SENSITIVE = List.of("KEY", "TOKEN", "SECRET", "PASSWORD");

  private EnvironmentFilter() {}

  /** {@code environment} without the variables that look like credentials. */
  public static Map<String, String> filter(Map<String, String> environment) {
    Map<String, String> kept = new TreeMap<>();
    environment.forEach(
        (name, value) -> {
          if (!isSensitive(name)) {
            kept.put(name, value);
          }
        });
    return kept;
  }

  static boolean isSensitive(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return SENSITIVE.stream().anyMatch(upper::contains);
  }
}
