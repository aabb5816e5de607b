package dev.garlic.spi;

import java.util.List;
import java.util.Optional;

/**
 * The effective configuration as engines see it: typed reads of dotted keys, already merged from
 * flags, environment, repository and user files and defaults. Immutable.
 */
public interface Settings {

  /** No values at all: every read returns its default. */
  Settings EMPTY = key -> Optional.empty();

  /**
   * The raw value of {@code key} (String, Long, Double, Boolean, List of String or Map of String to
   * String), if set anywhere.
   */
  Optional<Object> raw(String key);

  default String string(String key, String fallback) {
    return raw(key).map(String::valueOf).orElse(fallback);
  }

  default long integer(String key, long fallback) {
    return raw(key)
        .map(v -> v instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(v)))
        .orElse(fallback);
  }

  default boolean bool(String key, boolean fallback) {
    return raw(key)
        .map(v -> v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v)))
        .orElse(fallback);
  }

  default List<String> strings(String key, List<String> fallback) {
    return raw(key)
        .map(
            v ->
                v instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(v)))
        .orElse(fallback);
  }
}
