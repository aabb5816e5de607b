package dev.garlic.protocol.finding;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.garlic.protocol.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem an analysis found, with exactly one CWE.
 *
 * @param ruleId the rule that found it, e.g. {@code sql-injection}
 * @param cwe the weakness, e.g. {@code CWE-89}
 * @param severity how bad it is
 * @param message what is wrong, in one sentence that names the code involved
 * @param location where it is: the sink for a taint finding
 * @param trace for a taint finding, the path from the source to the sink, in order (first step the
 *     source, last the sink); empty for other findings
 * @param remediation the safe alternative, e.g. "use a PreparedStatement with ? parameters"
 * @param fingerprint a stable identity across runs and small edits (rule, file, enclosing method,
 *     normalised sink code), used by baselines and {@code --diff}
 * @param suppression why the finding is not counted, or null when it counts
 */
public record Finding(
    @JsonProperty("rule_id") String ruleId,
    String cwe,
    Severity severity,
    String message,
    Location location,
    List<TraceStep> trace,
    String remediation,
    String fingerprint,
    @Nullable Suppression suppression) {

  public Finding {
    trace = List.copyOf(trace);
    if (!cwe.matches("CWE-[0-9]+")) {
      throw new IllegalArgumentException("a CWE is written CWE-<number>, not " + cwe);
    }
  }

  /** This finding, suppressed for {@code why}. */
  public Finding suppressed(Suppression why) {
    return new Finding(
        ruleId, cwe, severity, message, location, trace, remediation, fingerprint, why);
  }
}
