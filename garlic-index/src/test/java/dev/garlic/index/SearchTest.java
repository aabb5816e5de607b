package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {

  @TempDir static Path dir;
  private static CodeIndex index;

  @BeforeAll
  static void indexSmallProject() {
    TestWorkspace files =
        TestWorkspace.in(dir)
            .file(
                "src/StringUtils.java",
                """
                def class lang.StringUtils
                def method lang.StringUtils#indexOf(String,String)
                public static int indexOf(String s, String t) { return -1; }
                """)
            .file(
                "src/Caller.java",
                """
                class Caller {
                  int first() { return StringUtils.indexOf(a, b); }

                  int second() { return StringUtils.indexOf(c, d) + StringUtils.indexOf(e, f); }
                }
                """)
            .file("src/Other.java", "class Other {\n  // the index of the cards\n}\n")
            .file("docs/notes.md", "Python code spells it index_of, with cards.\n")
            .file("tools/util.py", "def index_of(xs, x):\n    return xs.index(x)\n");
    index = new Fixture(files).open();
    index.update();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResult search(String text) {
    return search(text, null, null, null);
  }

  private static SearchResult search(
      String text, @Nullable String language, @Nullable String path, @Nullable String kind) {
    return index.snapshot().search(new SearchQuery(text, language, path, kind, 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"indexOf", "index of", "IndexOf", "StringUtils.indexOf", "index_of"})
  void findsACamelCaseIdentifierByEverySpelling(String spelling) {
    assertThat(search(spelling).hits())
        .extracting(SearchHit::path)
        .contains("src/StringUtils.java");
  }

  @Test
  void ranksTheDefinitionAboveFilesThatOnlyMentionIt() {
    SearchHit first = search("indexOf").hits().get(0);

    assertThat(first.symbol()).isNotNull();
    assertThat(first.symbol().qualifiedName()).isEqualTo("lang.StringUtils#indexOf(String,String)");
    assertThat(first.lines()).extracting(SearchHit.Line::number).containsExactly(2);
  }

  @Test
  void ranksWholeIdentifierMatchesAboveMatchesOfItsWords() {
    assertThat(search("indexOf", null, null, "text").hits())
        .extracting(SearchHit::path)
        .containsSubsequence("src/Caller.java", "src/Other.java");
  }

  @Test
  void showsTheBestMatchingLinesWithTheirNumbers() {
    SearchHit caller =
        search("indexOf", null, null, "text").hits().stream()
            .filter(h -> h.path().equals("src/Caller.java"))
            .findFirst()
            .orElseThrow();

    assertThat(caller.lines())
        .extracting(SearchHit.Line::number, SearchHit.Line::text)
        .containsExactly(
            tuple(2, "int first() { return StringUtils.indexOf(a, b); }"),
            tuple(
                4,
                "int second() { return StringUtils.indexOf(c, d) + StringUtils.indexOf(e, f); }"));
  }

  @Test
  void requiresEveryWordWhenSomeFileHasThemAll() {
    assertThat(search("cards index").hits())
        .extracting(SearchHit::path)
        .containsExactlyInAnyOrder("src/Other.java", "docs/notes.md");
  }

  @Test
  void fallsBackToAnyWordWhenNoFileHasThemAll() {
    assertThat(search("cards zebra").hits())
        .extracting(SearchHit::path)
        .containsExactlyInAnyOrder("src/Other.java", "docs/notes.md");
  }

  @Test
  void matchesQuotedPhrasesWordForWord() {
    assertThat(search("\"index of the cards\"").hits())
        .extracting(SearchHit::path)
        .containsExactly("src/Other.java");
  }

  @Test
  void filtersByLanguage() {
    assertThat(search("index", "python", null, null).hits())
        .extracting(SearchHit::path)
        .containsExactly("tools/util.py");
  }

  @Test
  void filtersByPathPattern() {
    assertThat(search("index", null, "docs/**", null).hits())
        .extracting(SearchHit::path)
        .containsExactly("docs/notes.md");
  }

  @Test
  void filtersByDefinitionKind() {
    assertThat(search("StringUtils", null, null, "method").hits())
        .allSatisfy(h -> assertThat(h.symbol().kind()).isEqualTo(SymbolKind.METHOD))
        .isNotEmpty();
  }

  @Test
  void textKindLeavesOutDefinitions() {
    assertThat(search("indexOf", null, null, "text").hits()).allMatch(h -> h.symbol() == null);
  }

  @Test
  void countsAllMatchesBeyondTheLimit() {
    SearchResult result = index.snapshot().search(new SearchQuery("index", null, null, "text", 1));

    assertThat(result.hits()).hasSize(1);
    assertThat(result.totalMatches()).isGreaterThan(3);
  }
}
