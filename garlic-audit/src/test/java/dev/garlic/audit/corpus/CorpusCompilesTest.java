package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The corpus is valid Java: every case compiles with {@code javac} against the JDK and the stubs of
 * {@code corpus/stubs}. The classes land in {@code target/corpus-classes} (cases in packages {@code
 * corpus.cwe*}, stubs in the packages of the libraries they stand for), where the benchmark runs
 * SpotBugs with Find Security Bugs over the same code the audit reads.
 */
class CorpusCompilesTest {

  @Test
  void compilesAgainstTheJdkAndTheStubs() throws IOException {
    Corpus corpus = Corpus.load();
    Path out = CorpusPaths.target().resolve("corpus-classes");

    assertThat(CorpusCompiler.compile(corpus, out)).isEmpty();
    assertThat(out.resolve("corpus/cwe89")).isDirectory();
  }
}
