package dev.garlic.audit.taint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads taint specifications. The shipped spec is the files {@code sources.yaml}, {@code
 * sinks.yaml}, {@code sanitizers.yaml} and {@code propagators.yaml} under {@code
 * dev/garlic/audit/taint/} on the class path; a project may add entries in {@code
 * .garlic/audit/taint.yaml}, which are merged in. Every file has the same shape (any section may be
 * missing): {@code sources}, {@code annotations}, {@code sinks}, {@code sanitizers}, {@code
 * propagators}; see {@code docs/audit-taint.md}.
 *
 * <p>A malformed file fails with a one-line {@link GarlicException#config} naming the file and the
 * line.
 */
public final class TaintSpecLoader {

  /** The project file that extends the shipped specification, relative to the workspace root. */
  public static final String PROJECT_FILE = ".garlic/audit/taint.yaml";

  private static final List<String> SHIPPED =
      List.of("sources.yaml", "sinks.yaml", "sanitizers.yaml", "propagators.yaml");
  private static final Set<String> SECTIONS =
      Set.of("sources", "annotations", "sinks", "sanitizers", "propagators");
  private static final Set<String> ENDPOINTS = Set.of("receiver", "return", "args", "lambda");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final Set<String> ruleIds;

  /**
   * @param ruleIds the rule ids a sink or sanitizer may name (from the rule catalog)
   */
  public TaintSpecLoader(Set<String> ruleIds) {
    this.ruleIds = Set.copyOf(ruleIds);
  }

  /** The shipped specification. */
  public TaintSpec shipped() {
    TaintSpec spec = empty();
    for (String name : SHIPPED) {
      String resource = "/dev/garlic/audit/taint/" + name;
      try (InputStream in = TaintSpecLoader.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the class path");
        }
        spec = spec.merge(parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + resource, e);
      }
    }
    return spec;
  }

  /** The shipped specification merged with the project's {@value #PROJECT_FILE}, if it exists. */
  public TaintSpec forProject(Path root) {
    TaintSpec spec = shipped();
    Path file = root.resolve(PROJECT_FILE);
    if (!Files.isRegularFile(file)) {
      return spec;
    }
    try {
      return spec.merge(parse(PROJECT_FILE, Files.readString(file)));
    } catch (IOException e) {
      throw GarlicException.config("cannot read " + PROJECT_FILE + ": " + e.getMessage());
    }
  }

  static TaintSpec empty() {
    return new TaintSpec(List.of(), List.of(), List.of(), List.of(), Set.of());
  }

  /**
   * Parses one specification file.
   *
   * @param name the file's name, used in error messages
   * @throws GarlicException (config) naming the file and line of the first problem
   */
  public TaintSpec parse(String name, String text) {
    List<TaintSpec.Source> sources = new ArrayList<>();
    List<TaintSpec.Sink> sinks = new ArrayList<>();
    List<TaintSpec.Sanitizer> sanitizers = new ArrayList<>();
    List<TaintSpec.Propagator> propagators = new ArrayList<>();
    Set<String> annotations = new HashSet<>();
    int line = 1;
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      JsonToken root = p.nextToken();
      if (root == null) {
        return empty();
      }
      if (root != JsonToken.START_OBJECT) {
        throw error(name, line(p), "the file must be a map of sections (sources, sinks, ...)");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        line = line(p);
        if (!SECTIONS.contains(section)) {
          throw error(
              name,
              line,
              "unknown section \""
                  + section
                  + "\"; the sections are sources, annotations, sinks, sanitizers, propagators");
        }
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw error(name, line, "section \"" + section + "\" must be a list");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          line = line(p);
          Entry e = p.readValueAs(Entry.class);
          switch (section) {
            case "sources" -> sources.add(new TaintSpec.Source(call(name, line, e), label(e)));
            case "annotations" -> annotations.add(required(name, line, e.name(), "name"));
            case "sinks" ->
                sinks.add(
                    new TaintSpec.Sink(
                        rule(name, line, required(name, line, e.rule(), "rule")),
                        call(name, line, e),
                        e.args() == null ? List.of() : e.args(),
                        Boolean.TRUE.equals(e.receiver()),
                        Boolean.TRUE.equals(e.builds())));
            case "sanitizers" -> {
              List<String> rules = e.rules() == null ? List.of() : e.rules();
              rules.forEach(r -> rule(name, line(p), r));
              sanitizers.add(
                  new TaintSpec.Sanitizer(
                      call(name, line, e), Set.copyOf(rules), Boolean.TRUE.equals(e.receiver())));
            }
            case "propagators" -> propagators.add(propagator(name, line, e));
            default ->
                throw error(
                    name,
                    line,
                    "unknown section \""
                        + section
                        + "\"; the sections are sources, annotations, sinks, sanitizers,"
                        + " propagators");
          }
        }
      }
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw error(name, at, e.getOriginalMessage().lines().findFirst().orElse("malformed YAML"));
    } catch (IOException e) {
      throw error(name, line, e.getMessage());
    }
    return new TaintSpec(sources, sinks, sanitizers, propagators, annotations);
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static String label(Entry e) {
    return e.label() != null ? e.label() : e.call();
  }

  private MethodPattern call(String file, int line, Entry e) {
    String call = required(file, line, e.call(), "call");
    try {
      return MethodPattern.parse(call).typedOnly(Boolean.TRUE.equals(e.typed()));
    } catch (IllegalArgumentException ex) {
      throw error(file, line, ex.getMessage());
    }
  }

  private TaintSpec.Propagator propagator(String file, int line, Entry e) {
    List<String> from = e.from() == null ? List.of("receiver", "args") : e.from();
    List<String> to = e.to() == null ? List.of("return") : e.to();
    for (String end : concat(from, to)) {
      if (!ENDPOINTS.contains(end) && !end.matches("arg[0-9]+")) {
        throw error(
            file,
            line,
            "unknown flow end \"" + end + "\"; use receiver, return, args, argN or lambda");
      }
    }
    return new TaintSpec.Propagator(call(file, line, e), from, to, e.returns());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private String rule(String file, int line, String rule) {
    if (!ruleIds.contains(rule)) {
      throw error(file, line, "unknown rule \"" + rule + "\"; use one of the catalog's rule ids");
    }
    return rule;
  }

  private static String required(String file, int line, @Nullable String value, String key) {
    if (value == null || value.isBlank()) {
      throw error(file, line, "the entry needs \"" + key + "\"");
    }
    return value;
  }

  private static GarlicException error(String file, int line, String message) {
    return GarlicException.config(file + ":" + line + ": " + message);
  }

  private record Entry(
      @Nullable String call,
      @Nullable String label,
      @Nullable String name,
      @Nullable String rule,
      @Nullable List<Integer> args,
      @Nullable Boolean receiver,
      @Nullable Boolean typed,
      @Nullable Boolean builds,
      @Nullable List<String> rules,
      @Nullable List<String> from,
      @Nullable List<String> to,
      @Nullable String returns) {}
}
