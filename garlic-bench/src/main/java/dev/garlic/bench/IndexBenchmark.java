package dev.garlic.bench;

import dev.garlic.index.CodeIndex;
import dev.garlic.index.IndexSnapshot;
import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * End-to-end benchmark of the code index on real code: cold build time and peak memory (each in a
 * fresh JVM), incremental update after a one-file edit, and search latency, with ripgrep and grep
 * over the same tree for the same identifier queries in the same run.
 *
 * <p>Usage: {@code garlic-bench/run IndexBenchmark [--corpus small|large] [--runs N] [--queries
 * N]}. Writes a Markdown report to stdout and to {@code garlic-bench/target/index-results.md}.
 */
public final class IndexBenchmark {

  private final Path root;
  private final int runs;
  private final int queries;
  private final StringBuilder report = new StringBuilder();

  private IndexBenchmark(Path root, int runs, int queries) {
    this.root = root;
    this.runs = runs;
    this.queries = queries;
  }

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpus.LARGE;
    int runs = 3;
    int queries = 200;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Corpus.valueOf(args[++i].toUpperCase());
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--queries" -> queries = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path root = corpus.prepare(Path.of("garlic-bench/target/corpus"));
    new IndexBenchmark(root, runs, queries).run(corpus);
  }

  private void run(Corpus corpus) throws Exception {
    long[] size = Corpus.countJava(root);
    line(
        "## Code index on the %s corpus (%,d Java files, %,d lines)",
        corpus.name().toLowerCase(), size[0], size[1]);
    line("");
    line(
        "Machine: %d cores, JDK %s. Median of %d runs unless noted.",
        Runtime.getRuntime().availableProcessors(), Runtime.version(), runs);
    line("");
    cold();
    try (CodeIndex index = CodeIndex.open(Workspace.open(root), Settings.EMPTY, Reporter.SILENT)) {
      index.update();
      incremental(index);
      List<String> names = sampleNames(index.snapshot());
      search(index, names);
      peers(names);
    }
    Path out = Path.of("garlic-bench/target/index-results.md");
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  private void cold() throws IOException, InterruptedException {
    List<Double> millis = new ArrayList<>();
    List<Double> rssMib = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      deleteIndex();
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  ColdIndexRun.class.getName(),
                  root.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String[] out =
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
      if (p.waitFor() != 0) {
        throw new IllegalStateException("cold index run failed");
      }
      millis.add(Double.parseDouble(out[0]));
      rssMib.add(Double.parseDouble(out[3]) / 1024);
    }
    line("| measurement | median | runs |");
    line("|---|---|---|");
    line(
        "| cold index, fresh JVM (wall) | %s | %s ms |",
        Stats.ms(Stats.median(millis)), Stats.list(millis));
    line("| cold index, peak RSS | %.0f MiB | %s MiB |", Stats.median(rssMib), Stats.list(rssMib));
  }

  private void incremental(CodeIndex index) throws IOException {
    List<Double> noop = new ArrayList<>();
    List<Double> edit = new ArrayList<>();
    Path file = someJavaFile();
    String original = Files.readString(file, StandardCharsets.ISO_8859_1);
    try {
      for (int i = 0; i < runs * 5; i++) {
        noop.add(timed(index::update));
        Files.writeString(
            file,
            "// benchmark edit " + i + "\n",
            StandardCharsets.ISO_8859_1,
            StandardOpenOption.APPEND);
        edit.add(timed(index::update));
      }
    } finally {
      Files.writeString(file, original, StandardCharsets.ISO_8859_1);
      index.update();
    }
    line(
        "| incremental update, nothing changed (warm JVM) | %s | p90 %s |",
        Stats.ms(Stats.median(noop)), Stats.ms(Stats.percentile(noop, 90)));
    line(
        "| incremental update after a one-file edit (warm JVM) | %s | p90 %s |",
        Stats.ms(Stats.median(edit)), Stats.ms(Stats.percentile(edit, 90)));
  }

  private void search(CodeIndex index, List<String> names) {
    IndexSnapshot warm = index.snapshot();
    for (int i = 0; i < 3; i++) {
      for (String n : names) {
        warm.search(new SearchQuery(n, null, null, null, 20));
      }
    }
    List<Double> latencies = new ArrayList<>();
    for (String n : names) {
      long start = System.nanoTime();
      index.snapshot().search(new SearchQuery(n, null, null, null, 20));
      latencies.add((System.nanoTime() - start) / 1e6);
    }
    line(
        "| search, %d identifier queries, top 20 with snippets (warm) | p50 %s | p99 %s |",
        names.size(), Stats.ms(Stats.median(latencies)), Stats.ms(Stats.percentile(latencies, 99)));
  }

  private void peers(List<String> names) throws IOException, InterruptedException {
    List<String> sample = names.subList(0, Math.min(20, names.size()));
    for (GrepPeers.Peer peer : GrepPeers.available()) {
      List<Double> latencies = new ArrayList<>();
      for (String n : sample) {
        latencies.add(GrepPeers.time(peer, n, root));
      }
      line(
          "| peer: %s, same first %d queries (warm page cache) | p50 %s | p99 %s |",
          peer.name(),
          sample.size(),
          Stats.ms(Stats.median(latencies)),
          Stats.ms(Stats.percentile(latencies, 99)));
    }
  }

  /** Identifier queries: names of definitions drawn with a fixed seed, so runs are comparable. */
  private List<String> sampleNames(IndexSnapshot snapshot) {
    List<String> paths = snapshot.paths().stream().filter(p -> p.endsWith(".java")).toList();
    Random random = new Random(42);
    Set<String> names = new LinkedHashSet<>();
    for (int tries = 0; names.size() < queries && tries < queries * 20; tries++) {
      String path = paths.get(random.nextInt(paths.size()));
      List<SymbolDef> defs = snapshot.outline(path).map(o -> o.definitions()).orElse(List.of());
      if (!defs.isEmpty()) {
        names.add(defs.get(random.nextInt(defs.size())).name());
      }
    }
    return new ArrayList<>(names);
  }

  private Path someJavaFile() throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(p -> p.toString().endsWith(".java"))
          .min(Comparator.naturalOrder())
          .orElseThrow();
    }
  }

  private void deleteIndex() throws IOException {
    Path state = root.resolve(".garlic");
    if (Files.exists(state)) {
      try (Stream<Path> paths = Files.walk(state)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static double timed(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private void line(String format, Object... args) {
    String s = String.format(format, args);
    System.out.println(s);
    report.append(s).append('\n');
  }
}
