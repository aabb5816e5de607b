package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import dev.garlic.audit.AuditProject;
import dev.garlic.audit.Check;
import dev.garlic.audit.Fingerprints;
import dev.garlic.audit.Rule;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.ConstantEvaluator;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.TraceStep;
import dev.garlic.spi.Cancellation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A check of one rule that looks at one file at a time. Subclasses implement {@link #scan}; this
 * class walks the files, honours cancellation, builds findings with the rule's CWE, severity and
 * remediation, and reports at most one finding per rule and line.
 */
abstract class FileCheck implements Check {

  /** Shared so that every check of an audit reuses the memo of the same project. */
  private static final ConstantEvaluator EVALUATOR = ConstantEvaluator.shared();

  private final String ruleId;

  FileCheck(String ruleId) {
    this.ruleId = ruleId;
  }

  @Override
  public final List<String> rules() {
    return List.of(ruleId);
  }

  @Override
  public final List<Finding> run(
      AuditProject project, RuleCatalog catalog, Cancellation cancellation) {
    Rule rule = catalog.get(ruleId);
    List<Finding> findings = new ArrayList<>();
    for (SourceFile file : project.files()) {
      if (cancellation.isCancelled()) {
        break;
      }
      Scan scan = new Scan(project, file, rule, findings);
      scan(file, scan);
    }
    return List.copyOf(findings);
  }

  /** Reports the problems of {@code file} through {@code scan}. */
  abstract void scan(SourceFile file, Scan scan);

  /** The state of scanning one file: constant evaluation and reporting. */
  static final class Scan {
    private final AuditProject project;
    private final SourceFile file;
    private final Rule rule;
    private final List<Finding> findings;
    private final Set<Integer> reportedLines = new HashSet<>();

    Scan(AuditProject project, SourceFile file, Rule rule, List<Finding> findings) {
      this.project = project;
      this.file = file;
      this.rule = rule;
      this.findings = findings;
    }

    AuditProject project() {
      return project;
    }

    /** The constant value of {@code e}, if it has one. */
    Optional<Object> value(Expression e) {
      return EVALUATOR.evaluate(e, file, project);
    }

    /** Every string value {@code e} may have, when all of them are constants. */
    List<String> possibleStrings(Expression e) {
      return EVALUATOR
          .possibleValues(e, file, project)
          .map(vs -> vs.stream().filter(String.class::isInstance).map(String.class::cast).toList())
          .orElse(List.of());
    }

    /** The constant string value of {@code e}, if it has one. */
    Optional<String> string(Expression e) {
      return EVALUATOR.string(e, file, project);
    }

    /** The constant boolean value of {@code e}, if it has one. */
    Optional<Boolean> bool(Expression e) {
      return EVALUATOR.condition(e, file, project);
    }

    /** Whether {@code node} may run: it is not in a branch whose condition folds against it. */
    boolean reachable(Node node) {
      return EVALUATOR.reachable(node, file, project);
    }

    /** A trace step at {@code node}'s line of this file. */
    TraceStep step(Node node, String description) {
      int line = node.getBegin().map(p -> p.line).orElse(1);
      return new TraceStep(Location.line(file.path(), line), description, file.line(line));
    }

    /**
     * Reports a finding at {@code at} unless it is dead code (in a branch whose condition folds so
     * that it never runs) or this rule already reported one on its line.
     */
    void report(Node at, String message) {
      report(at, message, List.of());
    }

    /** {@link #report(Node, String)} with the steps that led to the problem. */
    void report(Node at, String message, List<TraceStep> trace) {
      int line = at.getBegin().map(p -> p.line).orElse(1);
      if (!EVALUATOR.reachable(at, file, project) || !reportedLines.add(line)) {
        return;
      }
      Location location =
          at.getRange()
              .map(
                  r ->
                      new Location(
                          file.path(), r.begin.line, r.begin.column, r.end.line, r.end.column + 1))
              .orElse(Location.line(file.path(), line));
      findings.add(
          new Finding(
              rule.id(),
              rule.cwe(),
              rule.severity(),
              message,
              location,
              trace,
              rule.remediation(),
              Fingerprints.of(rule.id(), file, at),
              null));
    }
  }
}
