package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConstraintSetTest {

  @Test
  void addsEachStatedConstraintOnce() {
    ConstraintSet set = new ConstraintSet();

    assertThat(set.addStatedIn("Use the csv module, never pandas.")).hasSize(1);
    assertThat(set.addStatedIn("Use the csv module, never pandas. Don't use lodash."))
        .extracting(Constraint::text)
        .containsExactly("Don't use lodash.");
    assertThat(set.all()).hasSize(2);
  }

  @Test
  void attributesViolationsToTheConstraintBroken() {
    ConstraintSet set = new ConstraintSet();
    set.addStatedIn("Use the csv module, never pandas.");

    List<Violation> found = set.violations("etl/load.py", "import csv\nimport pandas as pd\n");

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.line()).isEqualTo(2);
              assertThat(v.message())
                  .isEqualTo(
                      "etl/load.py:2: imports pandas (`import pandas as pd`), which breaks the user's"
                          + " constraint \"Use the csv module, never pandas.\"; rewrite it without pandas");
            });
  }

  @Test
  void acceptsConstraintsWhileOtherThreadsCheck() throws Exception {
    ConstraintSet set = new ConstraintSet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 50; i++) {
                    set.add(
                        new Constraint(
                            "never use mod" + thread + "x" + i,
                            List.of(new ForbiddenModule("mod" + thread + "x" + i))));
                    set.violations("a.py", "import mod0x0\n");
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(set.all()).hasSize(200);
    assertThat(set.violations("a.py", "import mod0x0\n")).hasSize(1);
  }
}
