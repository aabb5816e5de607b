package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.testkit.RealCorpus;
import dev.garlic.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index over the real sources of Apache Commons Lang 3.17.0 (from Maven Central, cached under
 * target/), outlined by the workspace's front ends: facts known to hold in that release. Part of
 * the default run: it is the end-to-end check that real code indexes and answers.
 */
class CommonsLangTest {

  private static final String LANG = "org/apache/commons/lang3/";
  private static CodeIndex index;
  private static IndexReport report;

  @BeforeAll
  static void indexCommonsLang() {
    Path root =
        RealCorpus.sources("org.apache.commons:commons-lang3:3.17.0", Path.of("target/corpora"));
    index = CodeIndex.open(Workspace.open(root), Settings.EMPTY, Reporter.SILENT);
    report = index.rebuild();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void indexesEveryFileOfTheRelease() {
    assertThat(report.files()).isGreaterThan(240);
    assertThat(report.lines()).isGreaterThan(90_000);
    assertThat(report.definitions()).isGreaterThan(5_000);
  }

  @Test
  void findsAClassAndEveryOverloadOfAMethodByQualifiedName() {
    IndexSnapshot snapshot = index.snapshot();

    assertThat(snapshot.definitionsQualified("org.apache.commons.lang3.StringUtils"))
        .singleElement()
        .satisfies(d -> assertThat(d.location().path()).isEqualTo(LANG + "StringUtils.java"));
    assertThat(snapshot.definitionsQualified("org.apache.commons.lang3.StringUtils#indexOf"))
        .extracting(SymbolDef::qualifiedName)
        .contains(
            "org.apache.commons.lang3.StringUtils#indexOf(CharSequence,CharSequence)",
            "org.apache.commons.lang3.StringUtils#indexOf(CharSequence,int)");
  }

  @Test
  void findsSymbolsByCamelHumps() {
    assertThat(index.snapshot().symbols("StrUt", null, 5))
        .extracting(SymbolDef::qualifiedName)
        .contains("org.apache.commons.lang3.StringUtils");
  }

  @Test
  void resolvesCallsToAStaticMethodFromOtherClasses() {
    References refs =
        index.snapshot().references("org.apache.commons.lang3.StringUtils#isBlank", 1000);

    assertThat(refs.references())
        .extracting(r -> r.location().path() + ":" + r.location().line())
        .contains(
            LANG + "math/NumberUtils.java:167",
            LANG + "Validate.java:781",
            LANG + "StringUtils.java:1563");
  }

  @Test
  void findsTheImplementationOfAnInterface() {
    References refs = index.snapshot().references("org.apache.commons.lang3.time.DateParser", 1000);

    assertThat(refs.references())
        .extracting(r -> r.location().path() + ":" + r.location().line())
        .contains(LANG + "time/FastDateFormat.java:74");
  }

  @Test
  void searchRanksTheDefinitionFirst() {
    SearchHit first = index.snapshot().search(SearchQuery.of("isBlank", 10)).hits().get(0);

    assertThat(first.path()).isEqualTo(LANG + "StringUtils.java");
    assertThat(first.symbol()).isNotNull();
  }

  @Test
  void searchFindsIdentifiersByTheirWords() {
    assertThat(index.snapshot().search(SearchQuery.of("stop watch split", 10)).hits())
        .extracting(SearchHit::path)
        .contains(LANG + "time/StopWatch.java");
  }

  @Test
  void searchFiltersByPath() {
    SearchResult result =
        index.snapshot().search(new SearchQuery("format", null, "**/time/**", null, 20));

    assertThat(result.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.path()).contains("/time/"));
  }
}
