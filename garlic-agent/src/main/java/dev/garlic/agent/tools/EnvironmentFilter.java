package dev.garlic.agent.tools;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drops variables that look like credentials from the environment a command sees: any whose name
 * contains {@code KEY}, {@code TOKEN}, {@code SECRET}, {@code PASSWORD}, {@code PASSWD} or {@code
 * CREDENTIAL}, in any case, and {@code SSH_AUTH_SOCK} (the way to the user's ssh agent). Crude on
 * purpose: a false positive costs a variable, a false negative leaks a secret to a model. Used by
 * every tool that starts a process, and again by the sandbox.
 */
public final class EnvironmentFilter {

  private static final List<String> SENSITIVE =
      List.of("KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "SSH_AUTH_SOCK");

  private EnvironmentFilter() {}

  /** The variables of {@code environment} that are not {@linkplain #isSensitive sensitive}. */
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

  /** Whether a variable named {@code name} may hold a credential. */
  public static boolean isSensitive(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return SENSITIVE.stream().anyMatch(upper::contains);
  }
}
