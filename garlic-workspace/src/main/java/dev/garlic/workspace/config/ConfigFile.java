package dev.garlic.workspace.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TOML configuration file, flattened to dotted keys ({@code [index] max_file_bytes = 1} becomes
 * {@code index.max_file_bytes}), each with the line that sets it when that can be found. Tables the
 * caller names as map values (such as {@code providers.NAME.headers}) stay whole.
 */
final class ConfigFile {

  private static final TomlMapper TOML = new TomlMapper();
  private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*([^\\[\\]]+?)\\s*]\\s*(#.*)?$");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*((?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\\-. ])+?)\\s*=");

  /** A value as written in the file, and its 1-based line (0 if unknown). */
  record Value(JsonNode node, int line) {}

  private final Path path;
  private final Map<KeyPath, Value> values;

  private ConfigFile(Path path, Map<KeyPath, Value> values) {
    this.path = path;
    this.values = values;
  }

  /**
   * Reads {@code path}; a missing file has no values.
   *
   * @param isMap whether the table at a key is one value (a map) rather than more keys
   */
  static ConfigFile read(Path path, Predicate<KeyPath> isMap) {
    if (!Files.isRegularFile(path)) {
      return new ConfigFile(path, Map.of());
    }
    String text;
    try {
      text = Files.readString(path);
    } catch (IOException e) {
      throw GarlicException.config(
          "cannot read " + path + " (" + e.getMessage() + "); check its permissions");
    }
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? path.toString() : path + ":" + at.getLineNr();
      throw GarlicException.config(
          "invalid TOML in " + where + ": " + e.getOriginalMessage() + "; fix the syntax");
    }
    Map<KeyPath, Integer> lines = keyLines(text);
    Map<KeyPath, Value> values = new LinkedHashMap<>();
    flatten(List.of(), root, isMap, lines, values);
    return new ConfigFile(path, values);
  }

  Path path() {
    return path;
  }

  Map<KeyPath, Value> values() {
    return values;
  }

  /** {@code path:line}, or just the path when the line is unknown. */
  String where(Value value) {
    return value.line() > 0 ? path + ":" + value.line() : path.toString();
  }

  private static void flatten(
      List<String> prefix,
      JsonNode node,
      Predicate<KeyPath> isMap,
      Map<KeyPath, Integer> lines,
      Map<KeyPath, Value> out) {
    KeyPath key = new KeyPath(prefix);
    if (node.isObject() && (prefix.isEmpty() || !isMap.test(key))) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        List<String> child = new ArrayList<>(prefix);
        child.add(e.getKey());
        flatten(child, e.getValue(), isMap, lines, out);
      }
      return;
    }
    out.put(key, new Value(node, lines.getOrDefault(key, 0)));
  }

  /**
   * Finds the line of each {@code key = value} by a line scan, because the TOML parser keeps no
   * positions for the values it returns. Multi-line strings can fool it; then a line is missing or
   * wrong, which only affects the origin shown.
   */
  private static Map<KeyPath, Integer> keyLines(String text) {
    Map<KeyPath, Integer> lines = new HashMap<>();
    List<String> table = List.of();
    String[] rows = text.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      Matcher header = TABLE.matcher(rows[i]);
      if (header.matches()) {
        table = KeyPath.parse(header.group(1)).segments();
        // A table that is one value (a map of headers) has the line of its header.
        lines.putIfAbsent(new KeyPath(table), i + 1);
        continue;
      }
      Matcher assignment = ASSIGNMENT.matcher(rows[i]);
      if (assignment.find()) {
        List<String> key = new ArrayList<>(table);
        key.addAll(KeyPath.parse(assignment.group(1)).segments());
        lines.putIfAbsent(new KeyPath(key), i + 1);
      }
    }
    return lines;
  }
}
