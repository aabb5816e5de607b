package dev.garlic.workspace.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns raw values (TOML nodes from files, strings from the environment and flags) into the typed
 * values {@link dev.garlic.spi.Settings} promises: String, Long, Double, Boolean, List of String or
 * Map of String to String.
 */
final class ValueReader {

  private ValueReader() {}

  /** Reads a TOML value strictly: the TOML type must match the key's type. */
  static Object fromToml(ConfigKey key, JsonNode node, String where) {
    switch (key.type()) {
      case STRING -> {
        if (node.isTextual()) {
          return node.textValue();
        }
      }
      case INTEGER -> {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
          return node.longValue();
        }
      }
      case NUMBER -> {
        if (node.isNumber()) {
          return node.doubleValue();
        }
      }
      case BOOLEAN -> {
        if (node.isBoolean()) {
          return node.booleanValue();
        }
      }
      case STRING_LIST -> {
        if (node.isArray()) {
          List<String> items = new ArrayList<>();
          for (JsonNode item : node) {
            if (!item.isTextual()) {
              throw wrongType(key, where, "an array of strings", "an array holding " + kind(item));
            }
            items.add(item.textValue());
          }
          return List.copyOf(items);
        }
      }
      case STRING_MAP -> {
        if (node.isObject()) {
          return stringMap(key, node, where);
        }
      }
    }
    throw wrongType(key, where, expected(key.type()), kind(node));
  }

  /**
   * Reads a value given as text (an environment variable or a flag): integers in decimal, booleans
   * as true/false/yes/no/1/0, lists as comma-separated items.
   */
  static Object fromText(ConfigKey key, String text, String where) {
    String trimmed = text.strip();
    return switch (key.type()) {
      case STRING -> text;
      case INTEGER -> {
        try {
          yield Long.parseLong(trimmed.replace("_", ""));
        } catch (NumberFormatException e) {
          throw wrongType(key, where, "an integer", "'" + text + "'");
        }
      }
      case NUMBER -> {
        try {
          yield Double.parseDouble(trimmed.replace("_", ""));
        } catch (NumberFormatException e) {
          throw wrongType(key, where, "a number", "'" + text + "'");
        }
      }
      case BOOLEAN ->
          switch (trimmed.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw wrongType(key, where, "true or false", "'" + text + "'");
          };
      case STRING_LIST ->
          trimmed.isEmpty()
              ? List.of()
              : Arrays.stream(trimmed.split(",")).map(String::strip).toList();
      case STRING_MAP -> pairs(key, trimmed, where);
    };
  }

  private static Map<String, String> stringMap(ConfigKey key, JsonNode node, String where) {
    Map<String, String> map = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isTextual()) {
        throw wrongType(key, where, "a table of strings", "a table holding " + kind(e.getValue()));
      }
      map.put(e.getKey(), e.getValue().textValue());
    }
    return Collections.unmodifiableMap(map);
  }

  /** {@code NAME=VALUE,NAME=VALUE}, the text form of a map. */
  private static Map<String, String> pairs(ConfigKey key, String text, String where) {
    Map<String, String> map = new TreeMap<>();
    for (String pair : text.isEmpty() ? new String[0] : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw wrongType(key, where, "NAME=VALUE pairs separated by commas", "'" + text + "'");
      }
      map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return Collections.unmodifiableMap(map);
  }

  static String expected(ConfigKey.Type type) {
    return switch (type) {
      case STRING -> "a string";
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING_LIST -> "an array of strings";
      case STRING_MAP -> "a table of strings";
    };
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isIntegralNumber()) {
      return "an integer";
    }
    if (node.isNumber()) {
      return "a float";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isArray()) {
      return "an array";
    }
    return node.isObject() ? "a table" : "a date or time";
  }

  private static GarlicException wrongType(
      ConfigKey key, String where, String expected, String actual) {
    return GarlicException.config(
        "wrong type for '%s' in %s: expected %s, got %s; fix the value"
            .formatted(key.name(), where, expected, actual));
  }
}
