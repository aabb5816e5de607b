package dev.garlic.audit;

import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import java.util.List;

/**
 * One analysis over a project: the taint analysis, or a check such as weak ciphers. Reports
 * findings in any file of the project; the auditor keeps those in the requested paths and applies
 * suppressions, baselines and rule filters. Implementations are thread-safe.
 */
public interface Check {

  /** The rule ids this check can report (each in the {@link RuleCatalog}). */
  List<String> rules();

  /**
   * Analyses {@code project}.
   *
   * @param cancellation checked between files or methods; a cancelled check returns early
   */
  List<Finding> run(AuditProject project, RuleCatalog catalog, Cancellation cancellation);
}
