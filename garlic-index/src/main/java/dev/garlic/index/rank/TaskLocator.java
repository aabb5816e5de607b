package dev.garlic.index.rank;

import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.RankedFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files a task is about. Every signal the task gives is scored per file (see {@link
 * Signal} for the kinds and their weights): stack frames, named paths, named definitions (rarer
 * names count more), BM25 text relevance, nearness in the reference graph to the files those point
 * at (a PageRank personalised by them), test-to-source pairing, supertypes of named types and, when
 * git history is given, recent change. Each signal is normalised to [0, 1] (see {@link Signal}),
 * the weighted signals are summed, and tests the task does not point at by a frame or a path count
 * {@value #UNNAMED_TEST_SHARE} of their sum. Each file keeps the reasons that put it there,
 * strongest first.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaskLocator {

  private static final double DAY_SECONDS = 86_400;
  private static final double RECENT_DAYS = 30;
  private static final double TEST_SHARE = 0.5;
  static final double UNNAMED_TEST_SHARE = 0.6;

  private final Map<String, Long> lastChanged;
  private final long nowEpochSeconds;

  private TaskLocator(Map<String, Long> lastChanged, long nowEpochSeconds) {
    this.lastChanged = Map.copyOf(lastChanged);
    this.nowEpochSeconds = nowEpochSeconds;
  }

  /** A locator without git history. */
  public static TaskLocator create() {
    return new TaskLocator(Map.of(), 0);
  }

  /**
   * A locator that also gives a small boost to recently changed files.
   *
   * @param lastChanged epoch seconds of the last commit that changed each path (as {@code
   *     GitHistory.lastChanged()} reports)
   * @param nowEpochSeconds the time to measure ages from
   */
  public TaskLocator withHistory(Map<String, Long> lastChanged, long nowEpochSeconds) {
    return new TaskLocator(lastChanged, nowEpochSeconds);
  }

  /** The files of {@code corpus} that {@code task} is most likely about, best first. */
  public RankedFiles locate(Corpus corpus, String task, int limit) {
    Located located = locate(SymbolGraph.of(corpus), corpus, TaskText.parse(task));
    return new RankedFiles(
        located.files().stream()
            .limit(Math.max(0, limit))
            .map(c -> new RankedFile(c.path(), c.score(), c.reasons()))
            .toList());
  }

  /** What the packer needs: every file with a score, with its lines and names of interest. */
  Located locate(SymbolGraph graph, Corpus corpus, TaskText task) {
    FileNames names = new FileNames(graph.paths);
    Evidence evidence = new Evidence(graph.fileCount());
    FrameSignal.score(task.frames(), names, evidence);
    new MentionSignal(graph, names, evidence).score(task);
    TextRelevance.score(corpus, graph, task, evidence);
    double[] direct = evidence.combined(Signal.FRAME, Signal.PATH, Signal.SYMBOL, Signal.TEXT);
    // Only what the task names says which tests, sources and supertypes belong to it; shared
    // words alone would pair half the project.
    double[] named = evidence.combined(Signal.FRAME, Signal.PATH, Signal.SYMBOL);
    Neighbourhood.score(graph, direct, evidence);
    pairTestsAndSources(graph, names, named, evidence);
    supertypes(graph, named, evidence);
    recency(graph, evidence);
    double[] score = evidence.combined(Signal.values());
    discountUnnamedTests(graph, evidence, score);
    List<Candidate> files = new ArrayList<>();
    for (int f = 0; f < graph.fileCount(); f++) {
      if (score[f] > 0) {
        files.add(
            new Candidate(
                f,
                graph.paths.get(f),
                score[f],
                evidence.reasons(f),
                evidence.lines(f),
                evidence.names(f)));
      }
    }
    files.sort(
        Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(Candidate::path));
    return new Located(task, files);
  }

  /**
   * Tests echo the names and words of the code they test, so they crowd the top for prose tasks,
   * while fixes change the code; a test counts less unless the task points at it by a stack frame
   * or its path.
   */
  private static void discountUnnamedTests(SymbolGraph graph, Evidence evidence, double[] score) {
    double[] frames = evidence.normalised(Signal.FRAME);
    double[] paths = evidence.normalised(Signal.PATH);
    for (int f = 0; f < score.length; f++) {
      if (frames[f] == 0 && paths[f] == 0 && FileNames.isTest(graph.paths.get(f))) {
        score[f] *= UNNAMED_TEST_SHARE;
      }
    }
  }

  private static void pairTestsAndSources(
      SymbolGraph graph, FileNames names, double[] named, Evidence evidence) {
    for (int test = 0; test < graph.fileCount(); test++) {
      String testName = FileNames.stem(graph.paths.get(test));
      for (int source : names.testedBy(graph.paths.get(test))) {
        String sourceName = FileNames.stem(graph.paths.get(source));
        evidence.add(
            Signal.PAIR,
            source,
            named[test],
            "source of " + testName + ", which the task points at");
        evidence.add(
            Signal.PAIR,
            test,
            TEST_SHARE * named[source],
            "test of " + sourceName + ", which the task points at");
      }
    }
  }

  private static void supertypes(SymbolGraph graph, double[] named, Evidence evidence) {
    for (int f = 0; f < graph.fileCount(); f++) {
      if (named[f] == 0) {
        continue;
      }
      String type = FileNames.stem(graph.paths.get(f));
      for (int parent : graph.supertypeFiles(f)) {
        evidence.add(
            Signal.SUPERTYPE,
            parent,
            named[f],
            "supertype of " + type + ", which the task points at");
      }
    }
  }

  private void recency(SymbolGraph graph, Evidence evidence) {
    if (lastChanged.isEmpty()) {
      return;
    }
    for (int f = 0; f < graph.fileCount(); f++) {
      Long changed = lastChanged.get(graph.paths.get(f));
      if (changed == null) {
        continue;
      }
      double days = Math.max(0, (nowEpochSeconds - changed) / DAY_SECONDS);
      if (days <= RECENT_DAYS) {
        evidence.add(
            Signal.RECENT,
            f,
            Math.exp(-days / RECENT_DAYS),
            "changed " + Math.round(days) + (Math.round(days) == 1 ? " day ago" : " days ago"));
      }
    }
  }

  /** A file with a score for a task, and what a packer should show of it. */
  record Candidate(
      int file,
      String path,
      double score,
      List<String> reasons,
      Set<Integer> lines,
      Set<String> names) {}

  /** The task as parsed and its candidate files, best first. */
  record Located(TaskText task, List<Candidate> files) {}
}
