package dev.garlic.audit.corpus;

import dev.garlic.audit.AuditProject;
import dev.garlic.audit.Check;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import dev.garlic.workspace.java.JavaFrontEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * One run of every registered {@link Check} over the corpus, scored. The checks are those that
 * {@link ServiceLoader} finds for {@code dev.garlic.audit.Check}; the run is made once per test JVM
 * and shared by the tests that read it.
 *
 * @param corpus the corpus
 * @param checks the class names of the checks that ran, in load order
 * @param findings everything they reported
 * @param board the findings scored against the markers
 */
record CorpusRun(Corpus corpus, List<String> checks, List<Finding> findings, Scoreboard board) {

  private static CorpusRun shared;

  CorpusRun {
    checks = List.copyOf(checks);
    findings = List.copyOf(findings);
  }

  /** The run over the corpus on the class path, made on first use. */
  static synchronized CorpusRun shared() {
    if (shared == null) {
      shared = of(Corpus.load(), RuleCatalog.shipped());
    }
    return shared;
  }

  /** Runs every registered check over {@code corpus} and scores the result. */
  static CorpusRun of(Corpus corpus, RuleCatalog catalog) {
    AuditProject project = corpus.project(new JavaFrontEnd());
    List<String> names = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Check check : ServiceLoader.load(Check.class)) {
      names.add(check.getClass().getName());
      findings.addAll(check.run(project, catalog, Cancellation.create()));
    }
    Scoreboard board = Scoreboard.score(corpus.root(), corpus.cases(), findings);
    return new CorpusRun(corpus, names, findings, board);
  }
}
