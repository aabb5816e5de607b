package dev.garlic.workspace.config;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads the effective {@link Config} for a workspace. Sources, highest precedence first: flags
 * given by the front end, environment variables {@code GARLIC_<KEY>} (dots become underscores,
 * upper case: {@code GARLIC_MAP_BUDGET}), the repository file {@code <root>/.garlic/config.toml},
 * the user file {@code config.toml} in {@code $GARLIC_HOME} (default {@code ~/.garlic}), and the
 * keys' defaults.
 *
 * <p>A declared key may have {@code *} segments, each standing for any one table name: {@code
 * providers.*.kind} accepts {@code [providers.local] kind = "openai"} and {@code
 * [models."openai/gpt-5.3-codex"]} keeps the quoted name as one segment. Such pattern keys are set
 * from files and flags only (an environment variable name cannot say where a table name ends) and
 * have no per-table defaults.
 *
 * <p>Only declared keys are accepted: an unknown key in a file or flag is a configuration error
 * with a "did you mean" hint, as is a value of the wrong type or a file that is not valid TOML.
 * Immutable and thread-safe.
 */
public final class ConfigLoader {

  /** Environment variables with the GARLIC_ prefix that are not configuration keys. */
  private static final Set<String> RESERVED_ENV =
      Set.of("GARLIC_HOME", "GARLIC_JAVA_HOME", "GARLIC_JAVA_OPTS");

  private static final String FILE_NAME = "config.toml";

  private final Map<String, ConfigKey> keys;
  private final Map<KeyPath, ConfigKey> patterns;
  private final Map<String, String> env;
  private final Path userDir;

  /**
   * @param keys every key any engine or front end declares
   * @param env the process environment (tests pass their own)
   * @param userHome the user's home directory, used when {@code GARLIC_HOME} is not set
   */
  public ConfigLoader(List<ConfigKey> keys, Map<String, String> env, Path userHome) {
    Map<String, ConfigKey> byName = new LinkedHashMap<>();
    Map<KeyPath, ConfigKey> byPattern = new LinkedHashMap<>();
    for (ConfigKey key : keys) {
      KeyPath path = KeyPath.parse(key.name());
      if (path.isPattern()) {
        byPattern.putIfAbsent(path, key);
      } else {
        byName.putIfAbsent(path.toString(), key);
      }
    }
    this.keys = byName;
    this.patterns = byPattern;
    this.env = Map.copyOf(env);
    this.userDir = userDir(env, userHome);
  }

  /** The user's Garlic directory: {@code $GARLIC_HOME}, else {@code <userHome>/.garlic}. */
  public static Path userDir(Map<String, String> env, Path userHome) {
    String home = env.get("GARLIC_HOME");
    return home == null || home.isBlank() ? userHome.resolve(".garlic") : Path.of(home);
  }

  /**
   * The name of the environment variable for {@code key}: {@code map.budget → GARLIC_MAP_BUDGET}.
   */
  public static String envName(String key) {
    return "GARLIC_" + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * Loads the configuration of the workspace at {@code root}.
   *
   * @param flags values given on the command line, by key, as text
   * @throws GarlicException (config) for invalid TOML, unknown keys and ill-typed values
   */
  public Config load(Path root, Map<String, String> flags) {
    Map<String, ConfigEntry> entries = new HashMap<>();
    keys.forEach(
        (name, k) -> entries.put(name, new ConfigEntry(name, k, k.defaultValue(), Origin.DEFAULT)));
    Path userFile = userDir.resolve(FILE_NAME).toAbsolutePath().normalize();
    Path repoFile = root.resolve(".garlic").resolve(FILE_NAME).toAbsolutePath().normalize();
    apply(ConfigFile.read(userFile, this::isMap), Origin.Source.USER_FILE, entries);
    if (!isSameFile(userFile, repoFile)) {
      apply(ConfigFile.read(repoFile, this::isMap), Origin.Source.REPO_FILE, entries);
    }
    List<String> warnings = new ArrayList<>();
    applyEnv(entries, warnings);
    flags.forEach(
        (name, text) -> {
          KeyPath path = KeyPath.parse(name);
          ConfigKey key = known(path, "the command line");
          Object typed = ValueReader.fromText(key, text, "the command line");
          entries.put(
              path.toString(),
              new ConfigEntry(path.toString(), key, typed, Origin.flag(path.toString())));
        });
    return new Config(entries, List.copyOf(patterns.values()), warnings);
  }

  private void apply(ConfigFile file, Origin.Source source, Map<String, ConfigEntry> entries) {
    file.values()
        .forEach(
            (path, value) -> {
              String where = file.where(value);
              ConfigKey key = known(path, where);
              Object typed = ValueReader.fromToml(key, value.node(), where);
              String name = path.toString();
              entries.put(name, new ConfigEntry(name, key, typed, new Origin(source, where)));
            });
  }

  private void applyEnv(Map<String, ConfigEntry> entries, List<String> warnings) {
    Map<String, ConfigKey> byVariable = new HashMap<>();
    keys.values().forEach(k -> byVariable.put(envName(k.name()), k));
    env.keySet().stream()
        .filter(v -> v.startsWith("GARLIC_") && !RESERVED_ENV.contains(v))
        .sorted()
        .forEach(
            variable -> {
              ConfigKey key = byVariable.get(variable);
              if (key == null) {
                warnings.add(
                    "ignoring environment variable "
                        + variable
                        + ": it names no configuration key"
                        + Spelling.closest(variable, byVariable.keySet())
                            .map(s -> "; did you mean " + s + "?")
                            .orElse(""));
                return;
              }
              Object typed = ValueReader.fromText(key, env.get(variable), variable);
              entries.put(
                  key.name(), new ConfigEntry(key.name(), key, typed, Origin.env(variable)));
            });
  }

  private boolean isMap(KeyPath path) {
    ConfigKey key = keys.get(path.toString());
    if (key == null) {
      key = matchingPattern(path);
    }
    return key != null && key.type() == ConfigKey.Type.STRING_MAP;
  }

  private @Nullable ConfigKey matchingPattern(KeyPath path) {
    for (Map.Entry<KeyPath, ConfigKey> pattern : patterns.entrySet()) {
      if (pattern.getKey().matches(path)) {
        return pattern.getValue();
      }
    }
    return null;
  }

  private ConfigKey known(KeyPath path, String where) {
    String name = path.toString();
    ConfigKey key = keys.get(name);
    if (key == null) {
      key = matchingPattern(path);
    }
    if (key != null) {
      return key;
    }
    // Patterns take the table names of the unknown key, so a typo in the last segment of
    // providers.local.knd is measured against providers.local.kind.
    List<String> candidates = new ArrayList<>(keys.keySet());
    patterns.keySet().forEach(p -> candidates.add(p.instantiate(path).toString()));
    String hint =
        Spelling.closest(name, candidates)
            .map(s -> "did you mean '" + s + "'?")
            .orElse("run 'garlic config show' to list the known keys");
    throw GarlicException.config("unknown key '" + name + "' in " + where + "; " + hint);
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return a.equals(b) || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
    } catch (IOException e) {
      return false;
    }
  }
}
