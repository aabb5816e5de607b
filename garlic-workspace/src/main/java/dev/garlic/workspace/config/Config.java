package dev.garlic.workspace.config;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The effective configuration: for every known key, its value and where it came from. Keys are
 * looked up in TOML spelling, so a table name with dots or slashes is quoted: {@code
 * raw("models.\"openai/gpt-5\".input_price")}. Built by {@link ConfigLoader}; immutable and
 * thread-safe.
 */
public final class Config implements Settings {

  private final Map<String, ConfigEntry> entries;
  private final List<ConfigKey> patterns;
  private final List<String> warnings;

  Config(Map<String, ConfigEntry> entries, List<ConfigKey> patterns, List<String> warnings) {
    this.entries = Map.copyOf(entries);
    this.patterns = List.copyOf(patterns);
    this.warnings = List.copyOf(warnings);
  }

  /** The TOML spelling of a key made of {@code segments}, quoting those that need it. */
  public static String key(String... segments) {
    return new KeyPath(List.of(segments)).toString();
  }

  @Override
  public Optional<Object> raw(String key) {
    return entry(key).map(ConfigEntry::value);
  }

  /** The entry of a known or set key; empty for keys nobody declared or set. */
  public Optional<ConfigEntry> entry(String key) {
    return Optional.ofNullable(entries.get(KeyPath.parse(key).toString()));
  }

  /**
   * The table names set for the {@code *} that ends {@code prefix}, sorted: {@code
   * tableNames("providers.*")} is {@code [local, openai]} when both providers have any key set.
   */
  public List<String> tableNames(String prefix) {
    KeyPath pattern = KeyPath.parse(prefix);
    int depth = pattern.segments().size();
    TreeSet<String> names = new TreeSet<>();
    for (String name : entries.keySet()) {
      KeyPath path = KeyPath.parse(name);
      if (path.segments().size() > depth
          && pattern.matches(new KeyPath(path.segments().subList(0, depth)))) {
        names.add(path.segments().get(depth - 1));
      }
    }
    return List.copyOf(names);
  }

  /**
   * Every plain key, set or not, every pattern key that is set under its concrete name, and each
   * pattern key set nowhere under its pattern name (so that listings show it exists); sorted.
   */
  public List<ConfigEntry> entries() {
    List<ConfigEntry> all = new ArrayList<>(entries.values());
    for (ConfigKey pattern : patterns) {
      KeyPath path = KeyPath.parse(pattern.name());
      boolean set = entries.keySet().stream().anyMatch(n -> path.matches(KeyPath.parse(n)));
      if (!set) {
        all.add(new ConfigEntry(pattern.name(), pattern, null, Origin.DEFAULT));
      }
    }
    return sorted(all);
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
