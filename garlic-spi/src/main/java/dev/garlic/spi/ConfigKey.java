package dev.garlic.spi;

import org.jspecify.annotations.Nullable;

/**
 * A configuration key an engine or front end understands, e.g. {@code index.max_file_bytes}. Keys
 * are dotted TOML paths; the set of all declared keys is what "unknown key, did you mean" checks
 * against.
 *
 * @param name the dotted key
 * @param type the TOML type of its value
 * @param defaultValue the default, or null when there is none
 * @param description one line for {@code garlic config show} and the docs
 */
public record ConfigKey(String name, Type type, @Nullable Object defaultValue, String description) {

  /** The value types a key can have. */
  public enum Type {
    STRING,
    INTEGER,
    BOOLEAN,
    STRING_LIST
  }
}
