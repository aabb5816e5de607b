package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.testkit.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalUpdateTest {

  @TempDir Path dir;
  private Fixture fixture;

  @BeforeEach
  void threeFiles() {
    TestWorkspace files =
        TestWorkspace.in(dir)
            .file("src/A.java", "def class a.A\nclass A {}\n")
            .file("src/B.java", "def class a.B\nclass B {}\n")
            .file("README.md", "# Demo\n");
    fixture = new Fixture(files);
  }

  @Test
  void indexesEveryFileOnTheFirstRun() {
    try (CodeIndex index = fixture.open()) {
      IndexReport report = index.update();

      assertThat(report.files()).isEqualTo(3);
      assertThat(report.parsed()).isEqualTo(3);
      assertThat(report.definitions()).isEqualTo(2);
      assertThat(report.lines()).isEqualTo(5);
      assertThat(index.snapshot().paths()).containsExactly("README.md", "src/A.java", "src/B.java");
    }
  }

  @Test
  void reparsesOnlyTheEditedFile() {
    try (CodeIndex index = fixture.open()) {
      index.update();
      fixture.frontEnd.calls.set(0);
      fixture.files.file("src/A.java", "def class a.A\ndef method a.A#run()\nclass A {}\n");

      IndexReport report = index.update();

      assertThat(report.parsed()).isEqualTo(1);
      assertThat(fixture.frontEnd.calls).hasValue(1);
      assertThat(index.snapshot().definitionsNamed("run")).hasSize(1);
    }
  }

  @Test
  void doesNotReparseAFileWhoseTimeChangedButNotItsContent() throws IOException {
    try (CodeIndex index = fixture.open()) {
      index.update();
      fixture.frontEnd.calls.set(0);
      Path a = fixture.files.resolve("src/A.java");
      Files.setLastModifiedTime(
          a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));

      IndexReport touched = index.update();
      IndexReport again = index.update();

      assertThat(touched.parsed()).isZero();
      assertThat(fixture.frontEnd.calls).hasValue(0);
      assertThat(again.parsed()).isZero();
    }
  }

  @Test
  void leavesTheIndexAloneWhenNothingChanged() {
    try (CodeIndex index = fixture.open()) {
      index.update();
      IndexSnapshot before = index.snapshot();

      IndexReport report = index.update();

      assertThat(report.parsed()).isZero();
      assertThat(report.removed()).isZero();
      assertThat(index.snapshot()).isSameAs(before);
    }
  }

  @Test
  void dropsDeletedFilesAndTheirDefinitions() {
    try (CodeIndex index = fixture.open()) {
      index.update();
      fixture.files.delete("src/B.java");

      IndexReport report = index.update();

      assertThat(report.removed()).isEqualTo(1);
      assertThat(index.snapshot().paths()).containsExactly("README.md", "src/A.java");
      assertThat(index.snapshot().definitionsNamed("B")).isEmpty();
    }
  }

  @Test
  void movesRenamedFiles() {
    try (CodeIndex index = fixture.open()) {
      index.update();
      fixture.files.move("src/B.java", "lib/B.java");

      IndexReport report = index.update();

      assertThat(report.removed()).isEqualTo(1);
      assertThat(report.parsed()).isEqualTo(1);
      assertThat(index.snapshot().paths()).containsExactly("README.md", "lib/B.java", "src/A.java");
      assertThat(index.snapshot().definitionsNamed("B"))
          .singleElement()
          .satisfies(d -> assertThat(d.location().path()).isEqualTo("lib/B.java"));
    }
  }

  @Test
  void dropsFilesThatBecomeIgnored() {
    try (CodeIndex index = fixture.open()) {
      index.update();
      fixture.files.file(".gitignore", "src/B.java\n");

      IndexReport report = index.update();

      assertThat(report.removed()).isEqualTo(1);
      assertThat(index.snapshot().paths()).doesNotContain("src/B.java");
    }
  }

  @Test
  void leavesOutFilesMatchingTheExcludeSetting() {
    Fixture excluding =
        new Fixture(fixture.files, Map.of("index.exclude", java.util.List.of("*.md")));
    try (CodeIndex index = excluding.open()) {
      index.update();

      assertThat(index.snapshot().paths()).containsExactly("src/A.java", "src/B.java");
    }
  }

  @Test
  void skipsFilesLargerThanTheLimitWithAWarning() {
    fixture.files.file("big.txt", "x".repeat(200));
    Fixture limited = new Fixture(fixture.files, Map.of("index.max_file_bytes", 100L));
    try (CodeIndex index = limited.open()) {
      IndexReport report = index.update();

      assertThat(index.snapshot().paths()).doesNotContain("big.txt");
      assertThat(report.skipped()).isEqualTo(1);
      assertThat(limited.warnings).anyMatch(w -> w.startsWith("big.txt"));
    }
  }

  @Test
  void namesSkippedFilesWhenTheIndexIsBuiltNotOnEveryRefresh() {
    fixture.files.file("big.txt", "x".repeat(200));
    Fixture limited = new Fixture(fixture.files, Map.of("index.max_file_bytes", 100L));
    try (CodeIndex index = limited.open()) {
      index.update();
      limited.warnings.clear();
      fixture.files.file("src/A.java", "def class a.A\n// edited\n");

      IndexReport report = index.update();

      assertThat(report.parsed()).isEqualTo(1);
      assertThat(report.skipped()).isEqualTo(1);
      assertThat(limited.warnings).noneMatch(w -> w.startsWith("big.txt"));
    }
  }

  @Test
  void warnsOnceAboutAFileThatDoesNotParse() {
    fixture.files.file("src/Broken.java", "def class a.Broken\nproblem ';' expected\n");
    try (CodeIndex index = fixture.open()) {
      index.update();
      index.update();

      assertThat(fixture.warnings)
          .containsOnlyOnce(
              "src/Broken.java: does not parse (line 2: ';' expected); indexed what could be"
                  + " recovered, text search covers the rest");
      assertThat(index.snapshot().definitionsNamed("Broken")).hasSize(1);
    }
  }

  @Test
  void indexesInvalidUtf8AsLatin1WithAWarning() {
    fixture.files.bytes("legacy.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    try (CodeIndex index = fixture.open()) {
      IndexReport report = index.update();

      assertThat(index.snapshot().text("legacy.txt")).contains("café\n");
      assertThat(report.warnings()).contains("legacy.txt: not valid UTF-8; indexed as ISO-8859-1");
      assertThat(fixture.warnings).contains("legacy.txt: not valid UTF-8; indexed as ISO-8859-1");
    }
  }

  @Test
  void keepsTheOutlineAndFileFactsAsIndexed() {
    try (CodeIndex index = fixture.open()) {
      index.update();
      IndexSnapshot snapshot = index.snapshot();

      assertThat(snapshot.outline("src/A.java").orElseThrow().definitions())
          .extracting(d -> d.qualifiedName())
          .containsExactly("a.A");
      assertThat(snapshot.language("src/A.java")).isEqualTo("java");
      assertThat(snapshot.lines("src/A.java")).isEqualTo(2);
      assertThat(snapshot.outline("missing.java")).isEmpty();
    }
  }

  @Test
  void rebuildParsesEveryFileAgain() {
    try (CodeIndex index = fixture.open()) {
      index.update();

      IndexReport report = index.rebuild();

      assertThat(report.parsed()).isEqualTo(3);
      assertThat(report.files()).isEqualTo(3);
      assertThat(report.rebuilt()).isFalse();
    }
  }

  @Test
  void commitsNothingWhenCancelled() {
    try (CodeIndex index = fixture.open()) {
      index.update();
    }
    fixture.files.file("src/C.java", "def class a.C\n");
    Cancellation cancelled = Cancellation.create();
    cancelled.cancel();
    EngineContext context = new EngineContext(dir, Settings.EMPTY, Reporter.SILENT, cancelled);

    try (CodeIndex index = CodeIndex.open(context)) {
      assertThatThrownBy(index::update)
          .isInstanceOfSatisfying(
              GarlicException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.INTERRUPTED));
      assertThat(index.snapshot().paths()).doesNotContain("src/C.java");
    }
  }

  @Test
  void seesChangesCommittedByAnotherInstance() {
    try (CodeIndex first = fixture.open();
        CodeIndex second = fixture.open()) {
      first.update();
      fixture.files.file("src/C.java", "def class a.C\n");
      second.update();

      assertThat(first.snapshot().paths()).contains("src/C.java");
    }
  }
}
