package dev.garlic.audit.taint;

import dev.garlic.audit.AuditProject;
import dev.garlic.audit.Check;
import dev.garlic.audit.Rule;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The interprocedural taint analysis: reports untrusted input (servlet request data, Spring request
 * parameters, configured extras) that reaches an injection sink without a sanitizer, with the trace
 * from source to sink. Every method of the project is summarised once (on demand, when a caller
 * needs it first); findings in callees reached with tainted arguments are reported at the callee's
 * sink with the caller's part of the trace. Thread-safe: each run has its own state.
 */
public final class TaintCheck implements Check {

  /** The rules this check reports. */
  public static final List<String> RULES =
      List.of(
          "sql-injection",
          "command-injection",
          "path-traversal",
          "ldap-injection",
          "xpath-injection",
          "xss",
          "trust-boundary-violation",
          "log-injection",
          "open-redirect",
          "http-response-splitting",
          "ssrf",
          "unsafe-deserialization");

  private final @Nullable TaintSpec spec;

  /** A check with the shipped specification merged with the project's own file, read per run. */
  public TaintCheck() {
    this.spec = null;
  }

  /** A check with a fixed specification (tests, or a caller that loaded it already). */
  public TaintCheck(TaintSpec spec) {
    this.spec = spec;
  }

  @Override
  public List<String> rules() {
    return RULES;
  }

  @Override
  public List<Finding> run(AuditProject project, RuleCatalog catalog, Cancellation cancellation) {
    return analyse(project, catalog, cancellation).findings();
  }

  /**
   * The findings and the methods whose analysis failed (each then treated as passing its inputs
   * through to its result).
   */
  record Result(List<Finding> findings, List<String> failures) {}

  Result analyse(AuditProject project, RuleCatalog catalog, Cancellation cancellation) {
    TaintSpec effective = spec;
    if (effective == null) {
      Set<String> ids = catalog.all().stream().map(Rule::id).collect(Collectors.toSet());
      effective = new TaintSpecLoader(ids).forProject(project.root());
    }
    ProjectIndex index = new ProjectIndex(project.files());
    TaintEngine engine =
        new TaintEngine(index, effective, catalog, new LibraryTypes(project.classpath()));
    for (ProjectIndex.MethodInfo m : index.methods()) {
      if (cancellation.isCancelled()) {
        break;
      }
      engine.summary(m);
    }
    return new Result(
        engine.findings().stream().filter(f -> RULES.contains(f.ruleId())).toList(),
        engine.failures());
  }
}
