package dev.garlic.audit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.audit.AuditReport;
import dev.garlic.audit.Rule;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.protocol.finding.Suppression;
import dev.garlic.protocol.finding.TraceStep;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An audit as SARIF 2.1.0, the format code-scanning services read: one run whose driver lists every
 * rule of the catalog (with help text and a relationship to its weakness in the {@code CWE}
 * taxonomy), one result per finding with its level, location, {@code partialFingerprints}, a code
 * flow built from the trace, and a suppression when it is suppressed. Stateless.
 */
public final class SarifReport {

  /** The schema the output conforms to. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The key of our fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT_KEY = "garlicFingerprint/v1";

  private static final String SRCROOT = "%SRCROOT%";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  /**
   * Checks before an audit that {@code file} can be written, so that a bad path fails fast.
   *
   * @throws GarlicException (input) naming the file and the reason
   */
  public static void checkWritable(Path file) {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw GarlicException.input("cannot write SARIF to " + file + ": it is a directory");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw GarlicException.input(
          "cannot write SARIF to " + file + ": directory " + dir + " does not exist");
    }
    if (Files.exists(absolute) ? !Files.isWritable(absolute) : !Files.isWritable(dir)) {
      throw GarlicException.input("cannot write SARIF to " + file + ": permission denied");
    }
  }

  /**
   * Writes {@code report} to {@code file}.
   *
   * @throws GarlicException (input) when the file cannot be written
   */
  public static void write(AuditReport report, RuleCatalog catalog, Path root, Path file) {
    try {
      Files.writeString(file, toJson(report, catalog, root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw GarlicException.input("cannot write SARIF to " + file + ": " + e.getMessage());
    }
  }

  /** The SARIF log of {@code report} as JSON text. */
  public static String toJson(AuditReport report, RuleCatalog catalog, Path root) {
    try {
      return MAPPER.writeValueAsString(log(report, catalog, root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SARIF log of {@code report}. */
  public static ObjectNode log(AuditReport report, RuleCatalog catalog, Path root) {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "garlic audit");
    driver.put("informationUri", "https://github.com/garlic-dev/garlic/blob/main/docs/audit.md");
    String version = SarifReport.class.getPackage().getImplementationVersion();
    driver.put("semanticVersion", version == null ? "0.1.0" : version);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<Rule> all = catalog.all();
    TreeSet<Integer> cwes = new TreeSet<>();
    for (Rule rule : all) {
      cwes.add(cweNumber(rule.cwe()));
    }
    List<Integer> cweOrder = List.copyOf(cwes);
    for (Rule rule : all) {
      ruleIndex.put(rule.id(), rules.size());
      rule(rules.addObject(), rule, cweOrder.indexOf(cweNumber(rule.cwe())));
    }
    ObjectNode taxonomyRef = driver.putArray("supportedTaxonomies").addObject();
    taxonomyRef.put("name", "CWE");
    taxonomyRef.put("index", 0);
    ObjectNode taxonomy = run.putArray("taxonomies").addObject();
    taxonomy.put("name", "CWE");
    taxonomy.put("organization", "MITRE");
    taxonomy.put("informationUri", "https://cwe.mitre.org/");
    taxonomy.putObject("shortDescription").put("text", "The MITRE Common Weakness Enumeration");
    ArrayNode taxa = taxonomy.putArray("taxa");
    for (int cwe : cweOrder) {
      ObjectNode taxon = taxa.addObject();
      taxon.put("id", Integer.toString(cwe));
      taxon.put("helpUri", "https://cwe.mitre.org/data/definitions/" + cwe + ".html");
    }
    run.putObject("originalUriBaseIds")
        .putObject(SRCROOT)
        .put("uri", root.toAbsolutePath().normalize().toUri().toString());
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      Integer index = ruleIndex.get(f.ruleId());
      result(results.addObject(), f, index);
    }
    run.putArray("invocations").addObject().put("executionSuccessful", true);
    return log;
  }

  private static void rule(ObjectNode node, Rule rule, int taxonIndex) {
    node.put("id", rule.id());
    node.put("name", camel(rule.id()));
    node.putObject("shortDescription").put("text", rule.title());
    node.putObject("fullDescription").put("text", rule.title() + " (" + rule.cwe() + ").");
    String help = rule.title() + ". Safe alternative: " + rule.remediation();
    ObjectNode helpNode = node.putObject("help");
    helpNode.put("text", help);
    helpNode.put(
        "markdown",
        "**" + rule.title() + "** (" + rule.cwe() + ")\n\nSafe alternative: " + rule.remediation());
    node.put(
        "helpUri", "https://cwe.mitre.org/data/definitions/" + cweNumber(rule.cwe()) + ".html");
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode properties = node.putObject("properties");
    properties.putArray("tags").add("security").add(rule.cwe());
    properties.put("security-severity", securitySeverity(rule.severity()));
    ObjectNode relationship = node.putArray("relationships").addObject();
    ObjectNode target = relationship.putObject("target");
    target.put("id", Integer.toString(cweNumber(rule.cwe())));
    target.put("index", taxonIndex);
    target.putObject("toolComponent").put("name", "CWE").put("index", 0);
    relationship.putArray("kinds").add("superset");
  }

  private static void result(ObjectNode node, Finding f, Integer ruleIndex) {
    node.put("ruleId", f.ruleId());
    if (ruleIndex != null) {
      node.put("ruleIndex", ruleIndex);
    }
    node.put("level", level(f.severity()));
    node.putObject("message").put("text", f.message());
    node.putArray("locations").addObject().set("physicalLocation", physical(f.location()));
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    if (!f.trace().isEmpty()) {
      ArrayNode steps =
          node.putArray("codeFlows")
              .addObject()
              .putArray("threadFlows")
              .addObject()
              .putArray("locations");
      for (TraceStep step : f.trace()) {
        ObjectNode location = steps.addObject().putObject("location");
        location.set("physicalLocation", physical(step.location()));
        location.putObject("message").put("text", step.description());
      }
    }
    Suppression s = f.suppression();
    if (s != null) {
      ObjectNode suppression = node.putArray("suppressions").addObject();
      suppression.put("kind", s.kind() == Suppression.Kind.COMMENT ? "inSource" : "external");
      suppression.put("status", "accepted");
      suppression.put("justification", s.reason());
    }
  }

  private static ObjectNode physical(Location location) {
    ObjectNode physical = MAPPER.createObjectNode();
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", location.path());
    artifact.put("uriBaseId", SRCROOT);
    ObjectNode region = physical.putObject("region");
    region.put("startLine", location.line());
    if (location.column() > 0) {
      region.put("startColumn", location.column());
    }
    region.put("endLine", Math.max(location.line(), location.endLine()));
    if (location.endColumn() > 0) {
      region.put("endColumn", location.endColumn());
    }
    return physical;
  }

  /** The SARIF level of a severity: high is an error, medium a warning, low a note. */
  static String level(Severity severity) {
    return switch (severity) {
      case HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  private static String securitySeverity(Severity severity) {
    return switch (severity) {
      case HIGH -> "8.0";
      case MEDIUM -> "5.0";
      case LOW -> "3.0";
    };
  }

  private static int cweNumber(String cwe) {
    return Integer.parseInt(cwe.substring("CWE-".length()));
  }

  /** {@code sql-injection} as {@code SqlInjection}. */
  private static String camel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
