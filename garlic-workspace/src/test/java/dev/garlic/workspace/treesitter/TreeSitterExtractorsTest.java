package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.Language;
import dev.garlic.workspace.outline.Outline;
import dev.garlic.workspace.outline.OutlineExtractor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TreeSitterExtractorsTest {

  @Test
  void coversEveryLanguageWithoutADedicatedFrontEnd() {
    assertThat(TreeSitterExtractors.all().keySet())
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.complementOf(EnumSet.of(Language.JAVA, Language.TEXT)));
  }

  @Test
  void keepsTheDefinitionsBeforeASyntaxError() {
    Outlined broken =
        Outlined.of(
            Language.PYTHON,
            "broken.py",
            """
            def first():
                return 1

            class Second:
                def method(self):
                    return 2

            def third(:
                return (
            """);

    assertThat(broken.qualifiedNames())
        .contains("broken.first", "broken.Second", "broken.Second.method");
    assertThat(broken.outline().problems())
        .isNotEmpty()
        .allMatch(p -> p.matches("line \\d+: syntax error"));
    assertThat(broken.outline().problems().getFirst()).isEqualTo("line 8: syntax error");
  }

  @Test
  void keepsTheFunctionsAroundABrokenOneInGo() {
    Outlined broken =
        Outlined.of(
            Language.GO,
            "main.go",
            """
            package main

            func before() int { return 1 }

            func broken( {
            }

            func after() int { return 2 }
            """);

    assertThat(broken.qualifiedNames()).contains("main.before", "main.after");
    assertThat(broken.outline().problems()).contains("line 5: syntax error");
  }

  @Test
  void reportsNoProblemsForValidSource() {
    Outlined valid = Outlined.of(Language.GO, "main.go", "package main\n\nfunc main() {}\n");

    assertThat(valid.outline().problems()).isEmpty();
  }

  @Test
  void capsSyntaxProblemsAtTwenty() {
    String garbage = "def f(:\n".repeat(50);

    Outlined broken = Outlined.of(Language.PYTHON, "garbage.py", garbage);

    assertThat(broken.outline().problems()).hasSize(20);
  }

  @Test
  void outlinesAnEmptyFileAsEmpty() {
    Outline empty = TreeSitterExtractors.all().get(Language.RUST).outline("src/lib.rs", "");

    assertThat(empty.definitions()).isEmpty();
    assertThat(empty.references()).isEmpty();
    assertThat(empty.problems()).isEmpty();
    assertThat(empty.language()).isEqualTo("rust");
  }

  @Test
  void countsColumnsInCharactersAfterNonAsciiText() {
    Outlined python =
        Outlined.of(Language.PYTHON, "greet.py", "def hi():\n    return \"héllo 😀\" + shout()\n");

    SymbolRef call = python.outline().references().getFirst();

    assertThat(call.name()).isEqualTo("shout");
    assertThat(call.kind()).isEqualTo(RefKind.CALL);
    assertThat(call.location().column()).isEqualTo(25);
    assertThat(python.definition("greet.hi").kind()).isEqualTo(SymbolKind.FUNCTION);
  }

  @Test
  void givesTheSameOutlinesFromTwoThreadsAtOnce() throws Exception {
    OutlineExtractor extractor = TreeSitterExtractors.all().get(Language.TYPESCRIPT);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sources.add(
          "export class C%d extends Base {\n  m%d(x: number): number { return f%d(x); }\n}\n"
              .formatted(i, i, i));
    }
    List<Outline> sequential = sources.stream().map(s -> extractor.outline("a.ts", s)).toList();

    List<Outline> concurrent;
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Future<List<Outline>>> halves = new ArrayList<>();
      for (int half = 0; half < 2; half++) {
        halves.add(
            pool.submit(() -> sources.stream().map(s -> extractor.outline("a.ts", s)).toList()));
      }
      concurrent = new ArrayList<>(halves.get(0).get());
      assertThat(halves.get(1).get()).isEqualTo(sequential);
    }

    assertThat(concurrent).isEqualTo(sequential);
  }
}
