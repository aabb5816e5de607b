package dev.garlic.workspace.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.workspace.outline.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JavaOutlineConcurrencyTest {

  private static String source(int i) {
    return """
    package p%d;
    import java.util.List;
    /** Type %d. */
    class Type%d {
      List<String> items;
      String first() { return switch (items.size()) { case 0 -> { yield ""; } default -> items.get(0); }; }
    }
    """
        .formatted(i, i, i);
  }

  @Test
  void oneExtractorGivesTheSameOutlinesFromManyThreadsAsFromOne() throws Exception {
    JavaOutlineExtractor extractor = new JavaOutlineExtractor();
    List<String> sources =
        IntStream.range(0, 200).mapToObj(JavaOutlineConcurrencyTest::source).toList();
    List<Outline> sequential =
        sources.stream().map(text -> extractor.outline("T.java", text)).toList();

    List<Future<Outline>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (String text : sources) {
        futures.add(pool.submit(() -> extractor.outline("T.java", text)));
      }
    }
    List<Outline> concurrent = new ArrayList<>();
    for (Future<Outline> future : futures) {
      concurrent.add(future.get());
    }

    assertThat(concurrent).isEqualTo(sequential);
    assertThat(sequential).allSatisfy(outline -> assertThat(outline.problems()).isEmpty());
  }
}
