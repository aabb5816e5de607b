package dev.garlic.audit.taint;

import dev.garlic.audit.Rule;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.TraceStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the taint analysis over a project: computes method summaries on demand (memoised, with
 * a recursion guard) and collects the findings reported while computing them. Not thread-safe; one
 * per run.
 */
final class TaintEngine {

  final ProjectIndex index;
  final TaintSpec spec;
  final LibraryTypes libraryTypes;
  private final RuleCatalog catalog;
  private final Map<ProjectIndex.MethodInfo, Summary> summaries = new HashMap<>();
  private final Set<ProjectIndex.MethodInfo> inProgress = new HashSet<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();

  TaintEngine(ProjectIndex index, TaintSpec spec, RuleCatalog catalog, LibraryTypes libraryTypes) {
    this.index = index;
    this.spec = spec;
    this.libraryTypes = libraryTypes;
    this.catalog = catalog;
  }

  /** The summary of {@code m}, computing it (and reporting its findings) the first time. */
  Summary summary(ProjectIndex.MethodInfo m) {
    Summary s = summaries.get(m);
    if (s != null) {
      return s;
    }
    if (!inProgress.add(m)) {
      return recursive(m);
    }
    try {
      s = new MethodAnalyzer(this, m).analyse();
    } catch (RuntimeException e) {
      failures.add(m.file().path() + ": " + m.signature() + ": " + e);
      // A construct the analysis does not model must not end the audit: treat the method as
      // passing its inputs through.
      s = recursive(m);
    } finally {
      inProgress.remove(m);
    }
    summaries.put(m, s);
    return s;
  }

  /** The summary assumed for a method while it is being analysed: inputs flow to the result. */
  private static Summary recursive(ProjectIndex.MethodInfo m) {
    Taint t = m.isStatic() ? Taint.CLEAN : Taint.of(Flow.symbolic("this"));
    for (int i = 0; i < m.arity(); i++) {
      t = t.join(Taint.of(Flow.symbolic("p" + i)));
    }
    return new Summary(Value.of(t), Map.of(), List.of());
  }

  /** Reports a concrete flow reaching a sink; one finding per rule and sink location. */
  void report(String rule, Flow flow, TraceStep sink, String fingerprint) {
    String key = rule + "|" + sink.location();
    Finding old = findings.get(key);
    if (old != null && old.trace().size() <= flow.steps().size() + 2) {
      return;
    }
    Rule r = catalog.get(rule);
    List<TraceStep> trace = new ArrayList<>();
    trace.add(flow.origin());
    trace.addAll(flow.steps());
    trace.add(sink);
    String message =
        r.title()
            + ": "
            + flow.origin().description()
            + " (line "
            + flow.origin().location().line()
            + ") reaches "
            + sink.code();
    findings.put(
        key,
        new Finding(
            rule,
            r.cwe(),
            r.severity(),
            message,
            sink.location(),
            trace,
            r.remediation(),
            fingerprint,
            null));
  }

  List<Finding> findings() {
    return List.copyOf(findings.values());
  }

  /** Methods whose analysis failed on a construct it does not model (file: method: error). */
  List<String> failures() {
    return List.copyOf(failures);
  }
}
