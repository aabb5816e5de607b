package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymbolsTest {

  @TempDir static Path dir;
  private static CodeIndex index;

  @BeforeAll
  static void indexDefinitions() {
    TestWorkspace files =
        TestWorkspace.in(dir)
            .file(
                "lang/StringUtils.java",
                """
                def class lang.StringUtils
                def field lang.StringUtils#EMPTY
                def method lang.StringUtils#isBlank(CharSequence)
                def method lang.StringUtils#isEmpty(CharSequence)
                def method lang.StringUtils#indexOf(String,String)
                def method lang.StringUtils#indexOf(String,char)
                """)
            .file("lang/SystemUtils.java", "def class lang.SystemUtils\n")
            .file("lang/Strings.java", "def class lang.Strings\n")
            .file("other/Index.java", "def class other.Index\n")
            .file("other/Suffix.java", "def method other.Suffix#suspend()\n")
            .file("other/State.java", "def enum_constant other.State#SUSPENDED\n");
    index = new Fixture(files).open();
    index.update();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> names(String query) {
    return names(query, null);
  }

  private static List<String> names(String query, @Nullable SymbolKind kind) {
    return index.snapshot().symbols(query, kind, 10).stream()
        .map(SymbolDef::qualifiedName)
        .toList();
  }

  @Test
  void putsExactMatchesFirst() {
    assertThat(names("indexOf"))
        .startsWith(
            "lang.StringUtils#indexOf(String,String)", "lang.StringUtils#indexOf(String,char)");
  }

  @Test
  void matchesNamesInAnyCase() {
    assertThat(names("stringutils")).first().isEqualTo("lang.StringUtils");
  }

  @Test
  void matchesPrefixesShortestNameFirst() {
    assertThat(names("Strin")).containsExactly("lang.Strings", "lang.StringUtils");
  }

  @Test
  void matchesCamelHumps() {
    assertThat(names("SU")).startsWith("lang.StringUtils", "lang.SystemUtils");
    assertThat(names("iBl")).containsExactly("lang.StringUtils#isBlank(CharSequence)");
  }

  @Test
  void matchesMisspelledNames() {
    assertThat(names("isBlnk")).first().isEqualTo("lang.StringUtils#isBlank(CharSequence)");
  }

  @Test
  void keepsOnlyTheKindAskedFor() {
    assertThat(names("EMPTY", SymbolKind.FIELD)).containsExactly("lang.StringUtils#EMPTY");
    assertThat(names("EMPTY", SymbolKind.CLASS)).isEmpty();
  }

  @Test
  void matchesQualifiedQueriesAgainstQualifiedNames() {
    assertThat(names("StringUtils.indexOf"))
        .containsExactlyInAnyOrder(
            "lang.StringUtils#indexOf(String,String)", "lang.StringUtils#indexOf(String,char)");
    assertThat(names("lang.StringUtils#isBlank"))
        .containsExactly("lang.StringUtils#isBlank(CharSequence)");
    assertThat(names("lang.StringUtils")).containsExactly("lang.StringUtils");
  }

  @Test
  void looksUpDefinitionsByExactSimpleAndQualifiedName() {
    IndexSnapshot snapshot = index.snapshot();

    assertThat(snapshot.definitionsNamed("Index"))
        .extracting(SymbolDef::qualifiedName)
        .containsExactly("other.Index");
    assertThat(snapshot.definitionsNamed("index")).isEmpty();
    assertThat(snapshot.definitionsQualified("lang.StringUtils#indexOf")).hasSize(2);
    assertThat(snapshot.definitionsQualified("lang.StringUtils#indexOf(String,char)"))
        .singleElement()
        .satisfies(d -> assertThat(d.location().line()).isEqualTo(6));
  }
}
