package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.index.store.IndexFields;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.spi.GarlicException;
import dev.garlic.testkit.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRecoveryTest {

  @TempDir Path dir;
  private Fixture fixture;
  private Path indexDir;

  @BeforeEach
  void indexTwoFiles() {
    fixture =
        new Fixture(
            TestWorkspace.in(dir)
                .file("A.java", "def class a.A\n")
                .file("B.java", "def class a.B\n"));
    indexDir = dir.resolve(".garlic/index");
    try (CodeIndex index = fixture.open()) {
      index.update();
    }
  }

  @Test
  void rebuildsAnIndexWithACorruptCommitAndWarns() throws IOException {
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }

    try (CodeIndex index = fixture.open()) {
      IndexReport report = index.update();

      assertThat(report.rebuilt()).isTrue();
      assertThat(report.files()).isEqualTo(2);
      assertThat(fixture.warnings)
          .singleElement()
          .asString()
          .startsWith("index at .garlic/index was unreadable (")
          .endsWith("); rebuilt it");
      assertThat(index.snapshot().definitionsNamed("B")).hasSize(1);
    }
  }

  @Test
  void rebuildsAnIndexWithAMissingSegmentFile() throws IOException {
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".si")).toList()) {
        Files.delete(f);
      }
    }

    try (CodeIndex index = fixture.open()) {
      IndexReport report = index.update();

      assertThat(report.rebuilt()).isTrue();
      assertThat(index.snapshot().paths()).containsExactly("A.java", "B.java");
    }
  }

  @Test
  void rebuildsAnIndexOfAnotherFormat() throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("garlic.format", "0").entrySet());
      writer.commit();
    }

    try (CodeIndex index = fixture.open()) {
      IndexReport report = index.update();

      assertThat(report.rebuilt()).isTrue();
      assertThat(fixture.warnings)
          .singleElement()
          .asString()
          .contains("format 0, expected " + IndexFields.FORMAT);
    }
  }

  @Test
  void snapshotOfAnUnreadableIndexNamesTheFix() throws IOException {
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".si")).toList()) {
        Files.delete(f);
      }
    }

    try (CodeIndex index = fixture.open()) {
      assertThatThrownBy(index::snapshot)
          .isInstanceOf(GarlicException.class)
          .hasMessageContaining("index at .garlic/index is unreadable")
          .hasMessageContaining("rebuild");
    }
  }

  @Test
  void failsWithAnIndexErrorWhenAnotherWriterHoldsTheLock() throws IOException {
    fixture.files.file("C.java", "def class a.C\n");
    Fixture impatient = new Fixture(fixture.files, Map.of("index.lock_timeout_ms", 300L));
    try (FSDirectory directory = FSDirectory.open(indexDir);
        Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        CodeIndex index = impatient.open()) {
      assertThatThrownBy(index::update)
          .isInstanceOfSatisfying(
              GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.INDEX))
          .hasMessage(
              "index at .garlic/index is locked by another process (.garlic/index/write.lock);"
                  + " wait for it to finish, then retry");
    }
  }

  @Test
  void answersQueriesWhileAnotherWriterHoldsTheLock() throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        CodeIndex index = fixture.open()) {
      IndexReport report = index.update();

      assertThat(report.files()).isEqualTo(2);
      assertThat(index.snapshot().paths()).containsExactly("A.java", "B.java");
    }
  }
}
