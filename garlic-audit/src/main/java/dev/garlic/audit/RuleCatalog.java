package dev.garlic.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the audit, read from {@code dev/garlic/audit/rules.yaml} on the class path. Every
 * finding names one of them; the catalog gives each its CWE, severity and safe alternative.
 * Immutable.
 */
public final class RuleCatalog {

  private static final String RESOURCE = "/dev/garlic/audit/rules.yaml";

  private final Map<String, Rule> rules;
  private final List<String> order;

  private RuleCatalog(Map<String, Rule> rules) {
    this.rules = Map.copyOf(rules);
    this.order = List.copyOf(rules.keySet());
  }

  /** The shipped rules. */
  public static RuleCatalog shipped() {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      File file =
          new ObjectMapper(new YAMLFactory())
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
              .readValue(in, File.class);
      Map<String, Rule> byId = new LinkedHashMap<>();
      for (Entry e : file.rules()) {
        Severity severity = Severity.valueOf(e.severity().toUpperCase(Locale.ROOT));
        Rule rule = new Rule(e.id(), e.cwe(), severity, e.title(), e.remediation());
        if (byId.putIfAbsent(rule.id(), rule) != null) {
          throw new IllegalStateException("rule " + rule.id() + " is defined twice in " + RESOURCE);
        }
      }
      return new RuleCatalog(byId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Every rule, in catalog order. */
  public List<Rule> all() {
    return order.stream().map(rules::get).toList();
  }

  /** The rule {@code id}, if there is one. */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The rule {@code id}.
   *
   * @throws GarlicException (usage) naming the known ids when there is no such rule
   */
  public Rule get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                GarlicException.usage(
                    "unknown rule \"" + id + "\"; the rules are " + String.join(", ", order)));
  }

  /** The rules with CWE {@code cwe} ({@code CWE-89}). */
  public Collection<Rule> byCwe(String cwe) {
    return all().stream().filter(r -> r.cwe().equals(cwe)).toList();
  }

  private record File(List<Entry> rules) {}

  private record Entry(
      String id,
      String cwe,
      String severity,
      String title,
      @JsonProperty("remediation") String remediation) {}
}
