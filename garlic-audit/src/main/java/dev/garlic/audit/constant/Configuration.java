package dev.garlic.audit.constant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.garlic.audit.AuditProject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The project's configuration files: properties resources by name, and Spring's {@code
 * application.properties} / {@code application.yml} for {@code @Value("${key:default}")}. Parsed
 * once per project; thread-safe.
 */
final class Configuration {

  private static final String[] RESOURCE_ROOTS = {
    "src/main/resources/", "src/test/resources/", "src/main/webapp/WEB-INF/classes/", "resources/"
  };
  private static final long MAX_FILE = 1 << 20;

  private final AuditProject project;
  private final Map<String, Optional<Map<String, String>>> parsed = new ConcurrentHashMap<>();
  private volatile @Nullable Spring spring;

  Configuration(AuditProject project) {
    this.project = project;
  }

  /**
   * The text of the class-path resource {@code name}, or of a project file at {@code path} relative
   * to the root when {@code file} is true.
   */
  Optional<String> text(String name, boolean file) {
    String n = name.replace('\\', '/');
    while (n.startsWith("./")) {
      n = n.substring(2);
    }
    if (!file) {
      return project.resource(n);
    }
    for (String root : RESOURCE_ROOTS) {
      int at = n.indexOf(root);
      if (at >= 0 && (at == 0 || n.charAt(at - 1) == '/')) {
        Optional<String> r = project.resource(n.substring(at + root.length()));
        if (r.isPresent()) {
          return r;
        }
      }
    }
    Optional<String> direct = project.resource(n);
    if (direct.isPresent()) {
      return direct;
    }
    Path root = project.root().toAbsolutePath().normalize();
    Path p = root.resolve(n).normalize();
    try {
      if (p.startsWith(root) && Files.isRegularFile(p) && Files.size(p) <= MAX_FILE) {
        return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** {@code text} read as a {@code .properties} (or, when {@code xml}, a properties XML) file. */
  Optional<Map<String, String>> properties(String text, boolean xml) {
    return parsed.computeIfAbsent(
        (xml ? "x:" : "p:") + text,
        t -> {
          Properties p = new Properties();
          try {
            if (xml) {
              p.loadFromXML(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            } else {
              p.load(new StringReader(text));
            }
          } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
          }
          Map<String, String> out = new HashMap<>();
          p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
          return Optional.of(Map.copyOf(out));
        });
  }

  /**
   * What Spring makes of {@code placeholder}, the text of a {@code @Value}: {@code ${key}} and
   * {@code ${key:default}} replaced from {@code application.properties}/{@code .yml}; empty when a
   * key is missing without a default, set differently by a profile file, or the text is SpEL.
   */
  Optional<String> springValue(String placeholder) {
    return spring().resolve(placeholder, 0);
  }

  /** The Spring property {@code key}, or {@code fallback} when the project does not set it. */
  Optional<String> springProperty(String key, @Nullable String fallback) {
    Spring s = spring();
    if (s.conflicting.contains(key)) {
      return Optional.empty();
    }
    String v = s.values.get(key);
    if (v == null) {
      return Optional.ofNullable(fallback);
    }
    return s.resolve(v, 1);
  }

  private Spring spring() {
    Spring s = spring;
    if (s == null) {
      s = loadSpring();
      spring = s;
    }
    return s;
  }

  private Spring loadSpring() {
    Map<String, String> base = new HashMap<>();
    Map<String, String> profiles = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    for (String name : project.resources().keySet()) {
      String file = name.substring(name.lastIndexOf('/') + 1);
      boolean config = name.equals(file) || name.equals("config/" + file);
      if (!config || !file.startsWith("application")) {
        continue;
      }
      Map<String, String> values = springFile(name);
      if (file.startsWith("application.")) {
        base.putAll(values);
      } else if (file.startsWith("application-")) {
        values.forEach(
            (k, v) -> {
              String old = profiles.putIfAbsent(k, v);
              if (old != null && !old.equals(v)) {
                conflicting.add(k);
              }
            });
      }
    }
    profiles.forEach(
        (k, v) -> {
          String b = base.get(k);
          if (b == null || !b.equals(v)) {
            conflicting.add(k);
          }
        });
    return new Spring(Map.copyOf(base), Set.copyOf(conflicting));
  }

  private Map<String, String> springFile(String name) {
    String text = project.resource(name).orElse("");
    if (name.endsWith(".properties")) {
      return properties(text, false).orElse(Map.of());
    }
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      Map<String, String> out = new HashMap<>();
      try {
        var parser = new YAMLFactory().createParser(text);
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        var docs = mapper.readValues(parser, JsonNode.class);
        while (docs.hasNext()) {
          flatten("", docs.next(), out);
        }
      } catch (IOException | RuntimeException e) {
        return Map.of();
      }
      return out;
    }
    return Map.of();
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), out);
      }
    } else if (!node.isNull() && !prefix.isEmpty()) {
      out.put(prefix, node.asText());
    }
  }

  private record Spring(Map<String, String> values, Set<String> conflicting) {

    Optional<String> resolve(String text, int depth) {
      if (depth > 8 || text.contains("#{")) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        int start = text.indexOf("${", i);
        if (start < 0) {
          out.append(text, i, text.length());
          break;
        }
        int end = closing(text, start + 2);
        if (end < 0) {
          return Optional.empty();
        }
        out.append(text, i, start);
        String inner = text.substring(start + 2, end);
        int colon = inner.indexOf(':');
        String key = colon < 0 ? inner : inner.substring(0, colon);
        if (conflicting.contains(key)) {
          return Optional.empty();
        }
        String v = values.get(key);
        Optional<String> resolved =
            v != null
                ? resolve(v, depth + 1)
                : colon >= 0 ? resolve(inner.substring(colon + 1), depth + 1) : Optional.empty();
        if (resolved.isEmpty()) {
          return Optional.empty();
        }
        out.append(resolved.get());
        i = end + 1;
      }
      return Optional.of(out.toString());
    }

    private static int closing(String text, int from) {
      int nesting = 0;
      for (int i = from; i < text.length(); i++) {
        if (text.startsWith("${", i)) {
          nesting++;
          i++;
        } else if (text.charAt(i) == '}') {
          if (nesting == 0) {
            return i;
          }
          nesting--;
        }
      }
      return -1;
    }
  }
}
