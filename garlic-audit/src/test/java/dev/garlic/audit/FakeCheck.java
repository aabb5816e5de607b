package dev.garlic.audit;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.TraceStep;
import dev.garlic.spi.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * A check for tests: every call {@code executeQuery(...)} is an SQL injection (with a two-step
 * trace), every call {@code md5()} a weak hash. It also records the resources it was given.
 */
public final class FakeCheck implements Check {

  volatile AuditProject seen;

  @Override
  public List<String> rules() {
    return List.of("sql-injection", "weak-hash");
  }

  @Override
  public List<Finding> run(AuditProject project, RuleCatalog catalog, Cancellation cancellation) {
    seen = project;
    List<Finding> findings = new ArrayList<>();
    for (SourceFile file : project.files()) {
      for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
        String rule =
            switch (call.getNameAsString()) {
              case "executeQuery" -> "sql-injection";
              case "md5" -> "weak-hash";
              default -> null;
            };
        if (rule == null) {
          continue;
        }
        Rule r = catalog.get(rule);
        int line = call.getBegin().orElseThrow().line;
        String method =
            call.findAncestor(MethodDeclaration.class)
                .map(MethodDeclaration::getDeclarationAsString)
                .orElse("");
        List<TraceStep> trace =
            rule.equals("sql-injection")
                ? List.of(
                    new TraceStep(Location.line(file.path(), 1), "read from request", ""),
                    new TraceStep(Location.line(file.path(), line), "executed", file.line(line)))
                : List.of();
        findings.add(
            new Finding(
                r.id(),
                r.cwe(),
                r.severity(),
                r.title() + " in " + call,
                Location.line(file.path(), line),
                trace,
                r.remediation(),
                Fingerprints.of(r.id(), file.path(), method, call.toString()),
                null));
      }
    }
    return findings;
  }
}
