package dev.garlic.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCorpusTest {

  @TempDir Path dir;

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve("corpus").resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void compilesCasesAgainstStubsAndLeavesOutWhatDoesNotCompile() throws IOException {
    write(
        "stubs/org/example/Api.java",
        "package org.example;\npublic interface Api { String get(); }\n");
    write(
        "cwe89/Uses.java",
        "package corpus.cwe89;\nclass Uses {\n  String a(org.example.Api api) {\n"
            + "    return api.get(); // EXPECT: CWE-89\n  }\n}\n");
    write("cwe89/Broken.java", "package corpus.cwe89;\nclass Broken { int x = ; }\n");

    LabelledCorpus corpus =
        LabelledCorpus.compile(dir.resolve("corpus"), null, dir.resolve("work"));

    assertThat(corpus.skipped()).containsExactly("cwe89/Broken.java");
    assertThat(corpus.cases())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.sourcePath()).isEqualTo("corpus/cwe89/Uses.java");
              assertThat(c.group()).isEqualTo("cwe89");
              assertThat(c.markers()).hasSize(1);
            });
    assertThat(corpus.classes().resolve("corpus/cwe89/Uses.class")).isRegularFile();
    assertThat(corpus.classes().resolve("org/example/Api.class")).isRegularFile();
    assertThat(corpus.onlyAnalyze()).isEqualTo("corpus.cwe89.*");
  }
}
