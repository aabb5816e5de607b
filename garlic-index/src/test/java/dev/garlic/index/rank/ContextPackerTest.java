package dev.garlic.index.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.ContextPack;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextPackerTest {

  private final TokenCounter counter = TokenCounter.standard();
  private final ContextPacker packer = new ContextPacker(counter, TaskLocator.create());

  /**
   * A project of Java-like files: {@code Big} has 60 methods of 12 lines, {@code Small} two short
   * ones, and a few more files of 20 methods.
   */
  private static Corpus project() {
    Projects p = Projects.create();
    add(p, "src/Big.java", "Big", 60, 12);
    add(p, "src/Small.java", "Small", 2, 4);
    for (String name : List.of("Alpha", "Beta", "Gamma", "Delta")) {
      add(p, "src/" + name + ".java", name, 20, 8);
    }
    return p.corpus();
  }

  /** A class with {@code methods} methods named {@code step0..}, each {@code length} lines long. */
  private static void add(Projects p, String path, String type, int methods, int length) {
    StringBuilder text = new StringBuilder("public class " + type + " {\n");
    List<SymbolDef> defs = new ArrayList<>();
    int line = 2;
    for (int m = 0; m < methods; m++) {
      String name = "step" + m;
      int start = line;
      text.append("  public int ").append(name).append("(int x) {\n");
      for (int i = 0; i < length - 2; i++) {
        text.append("    x = x * ")
            .append(m + 1)
            .append(" + ")
            .append(i)
            .append("; // ")
            .append(type)
            .append('\n');
      }
      text.append("  }\n");
      line += length;
      defs.add(
          new SymbolDef(
              name,
              type + "#" + name + "(int)",
              SymbolKind.METHOD,
              "public int " + name + "(int x)",
              Location.lines(path, start, line - 1),
              null,
              "java",
              type));
    }
    text.append("}\n");
    defs.add(
        0,
        new SymbolDef(
            type,
            type,
            SymbolKind.CLASS,
            "public class " + type,
            Location.lines(path, 1, line),
            null,
            "java",
            null));
    p.source(path, text.toString(), defs, List.of());
  }

  private static final String TRACE =
      """
      java.lang.ArithmeticException: overflow
      \tat Big.step40(Big.java:490)
      \tat Small.step1(Small.java:8)
      """;

  @Test
  void staysWithinTheBudget() {
    for (int budget : List.of(512, 1000, 3000)) {
      ContextPack pack = packer.pack(project(), TRACE, budget);

      int sum = pack.items().stream().mapToInt(ContextPack.Item::tokens).sum();
      assertThat(pack.tokens()).isEqualTo(sum).isLessThanOrEqualTo(budget);
      pack.items().forEach(i -> assertThat(counter.count(i.text())).isEqualTo(i.tokens()));
    }
  }

  @Test
  void showsTheBodyThatContainsTheFrameLineOfALargeFile() {
    ContextPack pack = packer.pack(project(), TRACE, 3000);

    ContextPack.Item big = pack.items().get(0);
    assertThat(big.path()).isEqualTo("src/Big.java");
    assertThat(big.form()).isEqualTo(ContextPack.Form.REGIONS);
    assertThat(big.text())
        .contains("  482│   public int step40(int x) {\n")
        .contains("  490│     x = x * 41 + 7; // Big\n")
        .contains("  493│   }\n")
        .contains("⋮")
        .doesNotContain("x = x * 40 + 7");
  }

  @Test
  void packsSmallFilesWhole() {
    ContextPack pack = packer.pack(project(), TRACE, 3000);

    ContextPack.Item small = pack.items().get(1);
    assertThat(small.path()).isEqualTo("src/Small.java");
    assertThat(small.form()).isEqualTo(ContextPack.Form.WHOLE_FILE);
    assertThat(small.text()).startsWith("src/Small.java:\npublic class Small {");
  }

  @Test
  void givesWeakerFilesSignaturesOnly() {
    ContextPack pack = packer.pack(project(), TRACE + "Gamma and Delta are fine.", 6000);

    assertThat(pack.items())
        .filteredOn(i -> i.path().equals("src/Gamma.java"))
        .singleElement()
        .satisfies(i -> assertThat(i.form()).isEqualTo(ContextPack.Form.SIGNATURES));
  }

  @Test
  void listsTheRankedFilesBestFirst() {
    ContextPack pack = packer.pack(project(), TRACE, 512);

    assertThat(pack.ranked().get(0).path()).isEqualTo("src/Big.java");
  }

  @Test
  void rejectsABudgetBelowTheMinimum() {
    assertThatThrownBy(() -> packer.pack(project(), TRACE, 511))
        .isInstanceOf(GarlicException.class)
        .hasMessageStartingWith("--budget must be at least 512 tokens");
  }
}
