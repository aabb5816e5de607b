package dev.garlic.workspace.config;

/**
 * Where a configuration value came from. {@link #toString()} is what {@code garlic config show
 * --origin} prints: {@code flag}, {@code env GARLIC_MAP_BUDGET}, {@code
 * /home/me/.garlic/config.toml:3} or {@code default}.
 *
 * @param source the kind of source, which also decides precedence
 * @param detail the flag, variable or file (with line when known); empty for defaults
 */
public record Origin(Source source, String detail) {

  /** The kinds of source, from the lowest precedence to the highest. */
  public enum Source {
    DEFAULT,
    USER_FILE,
    REPO_FILE,
    ENV,
    FLAG
  }

  static final Origin DEFAULT = new Origin(Source.DEFAULT, "");

  static Origin flag(String key) {
    return new Origin(Source.FLAG, key);
  }

  static Origin env(String variable) {
    return new Origin(Source.ENV, variable);
  }

  @Override
  public String toString() {
    return switch (source) {
      case DEFAULT -> "default";
      case FLAG -> "flag";
      case ENV -> "env " + detail;
      case USER_FILE, REPO_FILE -> detail;
    };
  }
}
