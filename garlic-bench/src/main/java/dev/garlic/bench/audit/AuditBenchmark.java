package dev.garlic.bench.audit;

import dev.garlic.bench.audit.MeasuredProcess.Measurement;
import dev.garlic.testkit.RealCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * garlic audit against SpotBugs + Find Security Bugs.
 *
 * <p>Speed (default): the same real code from Maven Central, as sources for Garlic and as the
 * matching binary jars for the peer; both run as child processes under GNU time, alternating,
 * {@code --runs} times; prints lines/s, CPU seconds (user + sys) and peak RSS of each, medians, and
 * Garlic's share of the peer's CPU time and memory.
 *
 * <p>Quality ({@code --corpus DIR}): compiles garlic audit's labelled corpus with javac, runs the
 * peer on the bytecode and scores it per CWE against the {@code // EXPECT:} markers (see {@link
 * CorpusScore} and {@link FindSecBugsCwe}).
 *
 * <p>Run from the repository root: {@code garlic-bench/run audit.AuditBenchmark [--runs N] [--xmx
 * 8g] [--corpus DIR [--stubs DIR]] [--garlic LAUNCHER]}. Work files go to {@code
 * garlic-bench/target/audit}.
 */
public final class AuditBenchmark {

  /** About 690k lines of server, web framework and data-binding code: where taint sinks live. */
  static final List<String> CODEBASE =
      List.of(
          "org.apache.tomcat.embed:tomcat-embed-core:10.1.44",
          "org.springframework:spring-web:6.2.10",
          "com.fasterxml.jackson.core:jackson-databind:2.19.2",
          "commons-io:commons-io:2.20.0",
          "org.apache.commons:commons-text:1.14.0");

  private AuditBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = 3;
    String xmx = "8g";
    Path corpus = null;
    Path stubs = null;
    Path repo = Path.of("").toAbsolutePath();
    Path launcher = repo.resolve("garlic");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(value(args, ++i));
        case "--xmx" -> xmx = value(args, ++i);
        case "--corpus" -> corpus = Path.of(value(args, ++i)).toAbsolutePath();
        case "--stubs" -> stubs = Path.of(value(args, ++i)).toAbsolutePath();
        case "--garlic" -> launcher = Path.of(value(args, ++i)).toAbsolutePath();
        default -> usage("unknown option " + args[i]);
      }
    }
    if (!Files.isExecutable(repo.resolve("mvnw"))) {
      usage("run from the Garlic repository root (no mvnw in " + repo + ")");
    }
    Path work = repo.resolve("garlic-bench/target/audit");
    Files.createDirectories(work);
    MavenArtifacts maven = new MavenArtifacts(repo);
    SpotBugsPeer peer = SpotBugsPeer.install(maven, work.resolve("spotbugs"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    System.out.println("peer: " + peer.version() + ", JDK " + Runtime.version());
    if (corpus != null) {
      corpusQuality(corpus, stubs, work.resolve("corpus"), peer, java, xmx);
    } else {
      speed(repo, work, maven, peer, java, xmx, launcher, Math.max(1, runs));
    }
  }

  private static void speed(
      Path repo,
      Path work,
      MavenArtifacts maven,
      SpotBugsPeer peer,
      Path java,
      String xmx,
      Path launcher,
      int runs)
      throws IOException {
    Path sources = work.resolve("sources");
    for (String gav : CODEBASE) {
      RealCorpus.sources(gav, sources);
    }
    long[] size = countJava(sources);
    List<Path> jars = maven.copy(CODEBASE, work.resolve("binaries"), false);
    Set<String> own = new HashSet<>();
    jars.forEach(j -> own.add(j.getFileName().toString()));
    List<Path> aux =
        maven.copy(CODEBASE, work.resolve("classpath"), true).stream()
            .filter(j -> !own.contains(j.getFileName().toString()))
            .toList();
    System.out.printf(
        Locale.ROOT,
        "codebase: %s%n  %,d Java files, %,d lines (sources); %d binary jars, %d on the aux class"
            + " path%n",
        CODEBASE,
        size[0],
        size[1],
        jars.size(),
        aux.size());

    List<Measurement> garlic = new ArrayList<>();
    List<Measurement> spotbugs = new ArrayList<>();
    OptionalInt garlicFindings = OptionalInt.empty();
    boolean garlicCompleted = true;
    int peerFindings = 0;
    Map<String, Integer> peerByCwe = new TreeMap<>();
    for (int run = 1; run <= runs; run++) {
      Path xml = work.resolve("spotbugs-" + run + ".xml");
      Measurement sb =
          MeasuredProcess.run(
              peer.command(java, xmx, jars, aux, xml, ""),
              repo,
              work.resolve("spotbugs-" + run + ".out"));
      spotbugs.add(sb);
      if (sb.succeeded()) {
        List<SpotBugsReport.Bug> bugs = SpotBugsReport.read(xml);
        peerFindings = bugs.size();
        peerByCwe.clear();
        for (SpotBugsReport.Bug b : bugs) {
          String key = FindSecBugsCwe.of(b.type()).map(c -> "CWE-" + c).orElse("other");
          peerByCwe.merge(key, 1, Integer::sum);
        }
      }
      // The launcher rebuilds garlic-cli when any module's sources are newer than its jar; let it
      // do that outside the measurement, right before each run.
      MeasuredProcess.run(
          List.of(launcher.toString(), "--version"), repo, work.resolve("garlic-version.txt"));
      Path json = work.resolve("garlic-" + run + ".json");
      Measurement g =
          MeasuredProcess.run(GarlicAuditCommand.command(launcher, sources), repo, json);
      garlic.add(g);
      garlicFindings = GarlicAuditCommand.findings(json);
      System.out.printf(Locale.ROOT, "run %d: spotbugs %s, garlic %s%n", run, brief(sb), brief(g));
    }
    System.out.println();
    System.out.println("SpotBugs heap: -Xmx" + xmx + "; medians of " + runs + " runs");
    System.out.println("| tool | findings | wall s | lines/s | CPU s (user+sys) | peak RSS MiB |");
    System.out.println("|---|---|---|---|---|---|");
    Summary s = Summary.of(spotbugs, size[1]);
    Summary g = Summary.of(garlic, size[1]);
    System.out.println(s.row("SpotBugs + FindSecBugs", Integer.toString(peerFindings)));
    System.out.println(
        g.row(
            "garlic audit",
            garlicFindings.isPresent() ? Integer.toString(garlicFindings.getAsInt()) : "–"));
    if (garlicCompleted && spotbugs.stream().allMatch(Measurement::succeeded)) {
      System.out.printf(
          Locale.ROOT,
          "%ngarlic / peer: CPU %.2f (aim ≤ 0.33), peak RSS %.2f; garlic peak RSS %.0f MiB for %,d"
              + " lines (aim ≤ 1024 MiB for 300k)%n",
          g.cpu() / s.cpu(),
          g.rssMib() / s.rssMib(),
          g.rssMib(),
          size[1]);
    } else {
      System.out.println("\ngarlic / peer: no ratio, a tool failed (see the notes below)");
    }
    System.out.println("peer findings by category: " + peerByCwe);
    if (!garlicCompleted) {
      Measurement failed = garlic.getLast();
      System.out.println(
          "note: garlic audit exited with "
              + failed.exitCode()
              + "; its figures measure that run: "
              + failed.outputTail().lines().findFirst().orElse(""));
    }
    if (spotbugs.stream().anyMatch(m -> !m.succeeded())) {
      System.out.println(
          "note: SpotBugs failed: " + spotbugs.getFirst().outputTail().replace('\n', ' '));
    }
  }

  private static void corpusQuality(
      Path root, @Nullable Path stubs, Path work, SpotBugsPeer peer, Path java, String xmx)
      throws IOException {
    LabelledCorpus corpus = LabelledCorpus.compile(root, stubs, work);
    System.out.printf(
        Locale.ROOT,
        "corpus %s: %d case files, %d markers, %d files left out (do not compile)%s%n",
        root,
        corpus.cases().size(),
        corpus.markerCount(),
        corpus.skipped().size(),
        corpus.skipped().isEmpty() ? "" : ": " + corpus.skipped());
    Path xml = work.resolve("spotbugs.xml");
    Measurement m =
        MeasuredProcess.run(
            peer.command(
                java, xmx, List.of(corpus.classes()), List.of(), xml, corpus.onlyAnalyze()),
            work,
            work.resolve("spotbugs.out"));
    if (!m.succeeded()) {
      System.err.println(
          "garlic-bench: SpotBugs failed (exit " + m.exitCode() + "): " + m.outputTail());
      System.exit(1);
    }
    List<CorpusScore.Hit> hits = new ArrayList<>();
    Map<String, Integer> other = new TreeMap<>();
    for (SpotBugsReport.Bug b : SpotBugsReport.read(xml)) {
      var cwe = FindSecBugsCwe.of(b.type());
      if (cwe.isEmpty()) {
        other.merge(b.type(), 1, Integer::sum);
        continue;
      }
      for (int line : b.lines()) {
        hits.add(new CorpusScore.Hit(b.sourcePath(), line, cwe.get()));
      }
    }
    String table = CorpusScore.table(CorpusScore.score(corpus.cases(), hits));
    String report =
        "SpotBugs + FindSecBugs (%s) on %s: %d case files, %d markers; CPU %.1f s, peak RSS %d MiB\n\n%s\nUnscored bug types: %s\n"
            .formatted(
                peer.version(),
                root,
                corpus.cases().size(),
                corpus.markerCount(),
                m.cpuSeconds(),
                m.peakRssKib() / 1024,
                table,
                other);
    System.out.println();
    System.out.print(report);
    Path out = work.resolve("findsecbugs-corpus.md");
    Files.writeString(out, report);
    System.out.println("written to " + out);
  }

  private static String brief(Measurement m) {
    return String.format(
        Locale.ROOT,
        "exit %d, %.1f s wall, %.1f s CPU, %d MiB",
        m.exitCode(),
        m.wallSeconds(),
        m.cpuSeconds(),
        m.peakRssKib() / 1024);
  }

  /** Medians of several runs of one tool. */
  record Summary(double wall, double cpu, double rssMib, long lines) {

    static Summary of(List<Measurement> runs, long lines) {
      return new Summary(
          median(runs.stream().map(Measurement::wallSeconds).toList()),
          median(runs.stream().map(Measurement::cpuSeconds).toList()),
          median(runs.stream().map(m -> m.peakRssKib() / 1024.0).toList()),
          lines);
    }

    String row(String tool, String findings) {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %.1f | %,.0f | %.1f | %.0f |",
          tool,
          findings,
          wall,
          lines / wall,
          cpu,
          rssMib);
    }
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Java files and their lines under {@code root}, skipping Garlic's own state. */
  static long[] countJava(Path root) throws IOException {
    long files = 0;
    long lines = 0;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (p.toString().contains("/.garlic/")) {
          continue;
        }
        files++;
        try (Stream<String> l = Files.lines(p, StandardCharsets.ISO_8859_1)) {
          lines += l.count();
        }
      }
    }
    return new long[] {files, lines};
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(
        "garlic-bench: "
            + problem
            + "; usage: garlic-bench/run audit.AuditBenchmark [--runs N] [--xmx 8g]"
            + " [--corpus DIR [--stubs DIR]] [--garlic LAUNCHER]");
    System.exit(2);
  }
}
