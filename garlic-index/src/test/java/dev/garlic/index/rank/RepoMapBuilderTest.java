package dev.garlic.index.rank;

import static dev.garlic.index.rank.Projects.calls;
import static dev.garlic.index.rank.Projects.method;
import static dev.garlic.index.rank.Projects.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.protocol.code.RepoMap;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepoMapBuilderTest {

  private final RepoMapBuilder builder = new RepoMapBuilder(TokenCounter.standard());

  /** Four users call {@code Core#run}; {@code Leaf} alone calls {@code Helper#help}. */
  private static Corpus hubAndLeaf() {
    Projects p = Projects.create();
    p.file(
        "src/Core.java",
        40,
        List.of(
            type("src/Core.java", "a.Core", 1, 40), method("src/Core.java", "a.Core", "run", 3, 9)),
        List.of());
    for (int i = 0; i < 4; i++) {
      String path = "src/User" + i + ".java";
      p.file(
          path, 10, List.of(type(path, "a.User" + i, 1, 10)), calls(path, "run", "a.Core#run", 3));
    }
    p.file(
        "src/Helper.java",
        20,
        List.of(
            type("src/Helper.java", "a.Helper", 1, 20),
            method("src/Helper.java", "a.Helper", "help", 2, 8)),
        List.of());
    p.file(
        "src/Leaf.java",
        10,
        List.of(type("src/Leaf.java", "a.Leaf", 1, 10)),
        calls("src/Leaf.java", "help", "a.Helper#help", 1));
    return p.corpus();
  }

  @Test
  void ranksTheMostUsedFileFirstWithoutFocus() {
    RepoMap map = builder.build(hubAndLeaf(), 4000, List.of());

    assertThat(map.files().get(0).path()).isEqualTo("src/Core.java");
  }

  @Test
  void focusOnAFileMovesItAndWhatItUsesAboveTheHub() {
    RepoMap map = builder.build(hubAndLeaf(), 4000, List.of("Leaf.java"));

    List<String> order = map.files().stream().map(RepoMap.File::path).toList();
    assertThat(order.indexOf("src/Helper.java")).isLessThan(order.indexOf("src/Core.java"));
    assertThat(order.indexOf("src/Leaf.java")).isLessThan(order.indexOf("src/Core.java"));
  }

  @Test
  void focusOnASymbolCentresTheMapOnTheFileThatDefinesIt() {
    RepoMap map = builder.build(hubAndLeaf(), 4000, List.of("a.Helper#help"));

    assertThat(map.files().get(0).path()).isEqualTo("src/Helper.java");
  }

  @Test
  void rendersNumberedSignaturesIndentedByNesting() {
    RepoMap map = builder.build(hubAndLeaf(), 4000, List.of());

    assertThat(map.text())
        .startsWith("src/Core.java:\n")
        .contains("    1│ public class Core\n")
        .contains("    3│   public void run()\n");
  }

  @Test
  void staysWithinTheBudgetAndShowsMoreForLargerBudgets() {
    Corpus corpus = manyFiles(300);
    int previous = 0;
    for (int budget : List.of(256, 512, 1024, 2048, 4096)) {
      RepoMap map = builder.build(corpus, budget, List.of());
      int shown = map.files().stream().mapToInt(f -> f.definitions().size()).sum();

      assertThat(map.tokens()).isLessThanOrEqualTo(budget);
      assertThat(TokenCounter.standard().count(map.text())).isEqualTo(map.tokens());
      assertThat(shown).isGreaterThanOrEqualTo(previous);
      previous = shown;
    }
    assertThat(previous).isGreaterThan(100);
  }

  @Test
  void fillsMostOfTheBudgetWhenTheRepositoryIsLarger() {
    RepoMap map = builder.build(manyFiles(300), 1024, List.of());

    assertThat(map.tokens()).isGreaterThan(900);
  }

  @Test
  void rejectsABudgetBelowTheMinimum() {
    assertThatThrownBy(() -> builder.build(hubAndLeaf(), 100, List.of()))
        .isInstanceOf(GarlicException.class)
        .hasMessageStartingWith("--budget must be at least 256 tokens");
  }

  @Test
  void mapsAnEmptyRepositoryToAnEmptyText() {
    RepoMap map = builder.build(Projects.create().corpus(), 256, List.of());

    assertThat(map.text()).isEmpty();
    assertThat(map.files()).isEmpty();
  }

  private static Corpus manyFiles(int count) {
    Projects p = Projects.create();
    for (int i = 0; i < count; i++) {
      String path = "src/p" + (i % 7) + "/Type" + i + ".java";
      String qn = "p.Type" + i;
      List<SymbolRef> refs = new ArrayList<>();
      refs.addAll(calls(path, "work", "p.Type" + (i * 7 + 3) % count + "#work", 1 + i % 3));
      refs.addAll(calls(path, "size", "p.Type" + (i / 2) + "#size", 1));
      p.file(
          path,
          30,
          List.of(
              type(path, qn, 1, 30),
              method(path, qn, "work", 3, 9),
              method(path, qn, "size", 11, 14),
              method(path, qn, "clear", 16, 20)),
          refs);
    }
    return p.corpus();
  }
}
