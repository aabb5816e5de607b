package dev.garlic.spi;

import org.jspecify.annotations.Nullable;

/**
 * A configuration key an engine or front end understands, e.g. {@code index.max_file_bytes}. Keys
 * are dotted TOML paths; the set of all declared keys is what "unknown key, did you mean" checks
 * against. A segment {@code *} stands for any one table name ({@code providers.*.kind}); such
 * pattern keys have no default.
 *
 * @param name the dotted key
 * @param type the TOML type of its value
 * @param defaultValue the default, or null when there is none
 * @param description one line for {@code garlic config show} and the docs
 */
public record ConfigKey(String name, Type type, @Nullable Object defaultValue, String description) {

  /**
   * The value types a key can have, read as String, Long, Double (an integer is accepted), Boolean,
   * List of String, and Map of String to String (a TOML table of strings).
   */
  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    STRING_LIST,
    STRING_MAP
  }
}
