package dev.garlic.index.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.RepoMap;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Times the map, locating and packing on a synthetic repository the size of a large project: 10,000
 * files of 100 lines (1M lines), 16 definitions and 60 references each, with a few hub files that
 * many others use, as real code has.
 */
@Tag("slow")
class RankScaleTest {

  private static final int FILES = 10_000;
  private static final int LINES = 100;
  private static final int METHODS = 12;
  private static Corpus corpus;

  @BeforeAll
  static void generate() {
    Random random = new Random(42);
    Map<String, Outline> outlines = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < FILES; i++) {
      String path = "src/main/java/p" + (i % 100) + "/Type" + i + ".java";
      String type = "p" + (i % 100) + ".Type" + i;
      List<SymbolDef> defs = new ArrayList<>();
      defs.add(def("Type" + i, type, SymbolKind.CLASS, path, 1, LINES, null));
      for (int m = 0; m < METHODS; m++) {
        String name = "op" + (i % 50) + "x" + m;
        defs.add(
            def(
                name,
                type + "#" + name + "()",
                SymbolKind.METHOD,
                path,
                3 + m * 8,
                9 + m * 8,
                type));
      }
      for (int f = 0; f < 3; f++) {
        defs.add(def("field" + f, type + "#field" + f, SymbolKind.FIELD, path, 2, 2, type));
      }
      List<SymbolRef> refs = new ArrayList<>();
      for (int r = 0; r < 60; r++) {
        // Squaring a uniform draw skews targets towards low numbers: a few hubs, a long tail.
        double u = random.nextDouble();
        int other = (int) (u * u * FILES);
        String otherType = "p" + (other % 100) + ".Type" + other;
        String method = "op" + (other % 50) + "x" + random.nextInt(METHODS);
        Location at = Location.line(path, 3 + random.nextInt(LINES - 3));
        refs.add(
            switch (r % 6) {
              case 0, 1, 2, 3 ->
                  new SymbolRef(
                      method, otherType + "#" + method, List.of(), RefKind.CALL, at, null);
              case 4 ->
                  new SymbolRef(
                      "Type" + other,
                      null,
                      List.of("java.lang.Type" + other, otherType),
                      RefKind.TYPE_USE,
                      at,
                      null);
              default -> new SymbolRef(method, null, List.of(), RefKind.CALL, at, null);
            });
      }
      outlines.put(path, new Outline(path, "java", null, List.of(), defs, refs, List.of()));
      texts.put(path, text(i, random));
    }
    corpus = Corpus.of(outlines, texts);
  }

  private static SymbolDef def(
      String name, String qn, SymbolKind kind, String path, int line, int end, String container) {
    return new SymbolDef(
        name,
        qn,
        kind,
        kind.name().toLowerCase() + " " + name,
        Location.lines(path, line, end),
        null,
        "java",
        container);
  }

  private static String text(int file, Random random) {
    String[] words = {"order", "total", "price", "cache", "parse", "token", "stream", "buffer"};
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < LINES; l++) {
      text.append("    int v")
          .append(l)
          .append(" = ")
          .append(words[random.nextInt(words.length)])
          .append("Value(op")
          .append(file % 50)
          .append("x")
          .append(l % METHODS)
          .append(");\n");
    }
    return text.toString();
  }

  @Test
  void buildsTheMapOfAMillionLinesQuickly(TestReporter reporter) {
    RepoMapBuilder builder = new RepoMapBuilder(TokenCounter.standard());
    builder.build(corpus, 4000, List.of());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    RepoMap map = builder.build(corpus, 4000, List.of("Type123"));
    long cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    long wall = (System.nanoTime() - start) / 1_000_000;

    // CPU time of this thread is what the map costs even when other work shares the machine;
    // only the reading of outlines runs in parallel, and it is cheap with in-memory outlines.
    reporter.publishEntry(
        "map of 10k files, 1M lines (warm)", wall + " ms wall, " + cpu + " ms cpu");
    assertThat(map.tokens()).isLessThanOrEqualTo(4000).isGreaterThan(3500);
    assertThat(cpu).isLessThan(1500);
  }

  @Test
  void locatesAndPacksInAMillionLinesQuickly(TestReporter reporter) {
    String task = "\tat p23.Type123.op23x4(Type123.java:40)\nthe cached price total is wrong";
    ContextPacker packer = new ContextPacker(TokenCounter.standard(), TaskLocator.create());
    packer.pack(corpus, task, 8000);
    long start = System.nanoTime();
    var located = TaskLocator.create().locate(corpus, task, 20);
    long locate = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    var pack = packer.pack(corpus, task, 8000);
    long packing = (System.nanoTime() - start) / 1_000_000;

    reporter.publishEntry("locate in 10k files, 1M lines (warm)", locate + " ms");
    reporter.publishEntry("context pack in 10k files, 1M lines (warm)", packing + " ms");
    assertThat(located.files().get(0).path()).endsWith("/Type123.java");
    assertThat(pack.tokens()).isLessThanOrEqualTo(8000);
  }
}
