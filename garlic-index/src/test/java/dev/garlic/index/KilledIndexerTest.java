package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.IndexReport;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.testkit.TestWorkspace;
import dev.garlic.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while indexing leaves the previous commit whole and usable. */
class KilledIndexerTest {

  @TempDir Path dir;

  @Test
  void previousCommitStillAnswersAfterTheIndexerIsKilled() throws Exception {
    TestWorkspace files = TestWorkspace.in(dir).file("Old.java", "def class a.Old\n");
    Fixture fixture = new Fixture(files);
    try (CodeIndex index = fixture.open()) {
      index.update();
    }
    for (int i = 0; i < 50; i++) {
      files.file("New" + i + ".java", "def class a.New" + i + "\n");
    }
    Path started = dir.resolve("started");

    Process child = startIndexer(dir, started);
    try {
      awaitFile(started, child, Duration.ofSeconds(60));
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }

    try (CodeIndex index = fixture.open()) {
      assertThat(index.snapshot().paths()).containsExactly("Old.java");
      assertThat(index.snapshot().definitionsNamed("Old")).hasSize(1);
      IndexReport report = index.update();
      assertThat(report.files()).isEqualTo(51);
    }
  }

  private static Process startIndexer(Path root, Path started) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Indexer.class.getName(),
            root.toString(),
            started.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void awaitFile(Path file, Process child, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(file)) {
      assertThat(child.isAlive()).as("indexer process alive").isTrue();
      assertThat(System.nanoTime()).as("indexer reported progress in time").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /**
   * The child process: indexes the workspace; on its first progress report it marks the file named
   * by its second argument and stalls, so that the parent kills it mid-run.
   */
  static final class Indexer {

    public static void main(String[] args) {
      Path started = Path.of(args[1]);
      Reporter stalling =
          new Reporter() {
            @Override
            public void progress(String task, long done, long total) {
              if (task.equals("index")) {
                try {
                  Files.writeString(started, "indexing");
                  Thread.sleep(60_000);
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
            }

            @Override
            public void warn(String message) {}
          };
      try (CodeIndex index =
          CodeIndex.open(
              Workspace.open(Path.of(args[0])), Settings.EMPTY, stalling, new FakeFrontEnd())) {
        index.update();
      }
    }
  }
}
