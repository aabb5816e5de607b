package dev.garlic.workspace.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TOML configuration file, flattened to dotted keys ({@code [index] max_file_bytes = 1} becomes
 * {@code index.max_file_bytes}), each with the line that sets it when that can be found.
 */
final class ConfigFile {

  private static final TomlMapper TOML = new TomlMapper();
  private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*([^\\[\\]]+?)\\s*]\\s*(#.*)?$");
  private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([A-Za-z0-9_\\-.\"' ]+?)\\s*=");

  /** A value as written in the file, and its 1-based line (0 if unknown). */
  record Value(JsonNode node, int line) {}

  private final Path path;
  private final Map<String, Value> values;

  private ConfigFile(Path path, Map<String, Value> values) {
    this.path = path;
    this.values = values;
  }

  /** Reads {@code path}; a missing file has no values. */
  static ConfigFile read(Path path) {
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
    Map<String, Integer> lines = keyLines(text);
    Map<String, Value> values = new LinkedHashMap<>();
    flatten("", root, lines, values);
    return new ConfigFile(path, values);
  }

  Path path() {
    return path;
  }

  Map<String, Value> values() {
    return values;
  }

  /** {@code path:line}, or just the path when the line is unknown. */
  String where(Value value) {
    return value.line() > 0 ? path + ":" + value.line() : path.toString();
  }

  private static void flatten(
      String prefix, JsonNode node, Map<String, Integer> lines, Map<String, Value> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), lines, out));
      return;
    }
    String key = prefix.substring(0, prefix.length() - 1);
    out.put(key, new Value(node, lines.getOrDefault(key, 0)));
  }

  /**
   * Finds the line of each {@code key = value} by a line scan, because the TOML parser keeps no
   * positions for the values it returns. Multi-line strings can fool it; then a line is missing or
   * wrong, which only affects the origin shown.
   */
  private static Map<String, Integer> keyLines(String text) {
    Map<String, Integer> lines = new HashMap<>();
    String table = "";
    String[] rows = text.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      Matcher header = TABLE.matcher(rows[i]);
      if (header.matches()) {
        table = normalise(header.group(1)) + ".";
        continue;
      }
      Matcher assignment = ASSIGNMENT.matcher(rows[i]);
      if (assignment.find()) {
        lines.putIfAbsent(table + normalise(assignment.group(1)), i + 1);
      }
    }
    return lines;
  }

  private static String normalise(String dottedKey) {
    StringBuilder key = new StringBuilder();
    for (String part : dottedKey.split("\\.")) {
      String p = part.strip();
      if (p.length() >= 2 && (p.startsWith("\"") || p.startsWith("'"))) {
        p = p.substring(1, p.length() - 1);
      }
      key.append(key.isEmpty() ? "" : ".").append(p);
    }
    return key.toString();
  }
}
