package dev.garlic.workspace.config;

import dev.garlic.spi.ConfigKey;
import org.jspecify.annotations.Nullable;

/**
 * The effective value of one known key and where it came from.
 *
 * @param key the declared key
 * @param value a String, Long, Boolean or List of String; null when the key is unset and has no
 *     default
 * @param origin where {@code value} came from ({@link Origin.Source#DEFAULT} when unset)
 */
public record ConfigEntry(ConfigKey key, @Nullable Object value, Origin origin) {

  public String name() {
    return key.name();
  }
}
