package dev.garlic.workspace.config;

import dev.garlic.spi.Settings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective configuration: for every known key, its value and where it came from. Built by
 * {@link ConfigLoader}; immutable and thread-safe.
 */
public final class Config implements Settings {

  private final Map<String, ConfigEntry> entries;
  private final List<String> warnings;

  Config(Map<String, ConfigEntry> entries, List<String> warnings) {
    this.entries = Map.copyOf(entries);
    this.warnings = List.copyOf(warnings);
  }

  @Override
  public Optional<Object> raw(String key) {
    return entry(key).map(ConfigEntry::value);
  }

  /** The entry of a known key; empty for keys nobody declared. */
  public Optional<ConfigEntry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Every known key, set or not, sorted by name. */
  public List<ConfigEntry> entries() {
    return sorted(entries.values());
  }

  /**
   * Problems that did not stop loading, e.g. a {@code GARLIC_*} environment variable that names no
   * known key (an unrelated program may have set it, so it is not an error).
   */
  public List<String> warnings() {
    return warnings;
  }

  private static List<ConfigEntry> sorted(Collection<ConfigEntry> entries) {
    return entries.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }
}
