package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.ContextPack;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.RankedFiles;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.spi.ToolResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRendererTest {

  private final ResultRenderer plain = new ResultRenderer(new Palette(false));

  private String render(Object value) {
    return plain.render(new ToolResult(value, "fallback text"));
  }

  private static SymbolRef ref(String path, int line, RefKind kind, String enclosing) {
    return new SymbolRef(
        "parse", "a.P#parse", List.of(), kind, Location.line(path, line), enclosing);
  }

  @Test
  void referencesListTargetsThenResolvedThenPossibleUses() {
    var target =
        new SymbolDef(
            "parse",
            "a.P#parse",
            SymbolKind.METHOD,
            "void parse()",
            Location.lines("src/a/P.java", 3, 5),
            null,
            "java",
            "a.P");
    var refs =
        new References(
            "parse",
            List.of(target),
            List.of(ref("src/a/Main.java", 10, RefKind.CALL, "a.Main#main")),
            List.of(ref("src/b/Other.java", 7, RefKind.CALL, "b.Other#run")));

    assertThat(render(refs))
        .isEqualTo(
            """
            method a.P#parse  src/a/P.java:3
            src/a/Main.java:10  call  in a.Main#main
            possible references (target not resolved):
            src/b/Other.java:7  call  in b.Other#run
            1 reference, 1 possible\
            """);
  }

  @Test
  void rankedFilesShowScoreAndReasons() {
    var files =
        new RankedFiles(
            List.of(
                new RankedFile("src/Parser.java", 0.91, List.of("defines Parser named in task")),
                new RankedFile("src/Lexer.java", 0.4, List.of("imported by Parser", "recent"))));

    assertThat(render(files))
        .isEqualTo(
            """
            src/Parser.java  0.910  defines Parser named in task
            src/Lexer.java   0.400  imported by Parser; recent
            """);
  }

  @Test
  void contextPackShowsEachItemUnderAHeaderAndTheBudgetUsed() {
    var pack =
        new ContextPack(
            1000,
            42,
            List.of(),
            List.of(
                new ContextPack.Item(
                    "src/P.java", ContextPack.Form.SIGNATURES, "class P {}", 42, 1.0)));

    assertThat(render(pack))
        .isEqualTo(
            """
            ── src/P.java  (signatures, 42 tokens)
            class P {}
            packed 1 file, 42 of 1,000 tokens\
            """);
  }

  @Test
  void indexReportIsOneSummaryLine() {
    var report = new IndexReport(1234, 56, 2, 3, 45678, 7890, 1500, false, List.of());

    assertThat(render(report))
        .isEqualTo(
            "indexed 1,234 files (56 parsed, 2 removed, 3 skipped), 45,678 lines,"
                + " 7,890 definitions in 1.5 s");
  }

  @Test
  void unknownResultTypesFallBackToTheToolsText() {
    assertThat(render(List.of("anything"))).isEqualTo("fallback text");
  }

  @Test
  void longSnippetsAreCutAndUnindented() {
    assertThat(ResultRenderer.snippet("    " + "x".repeat(200)))
        .hasSize(160)
        .startsWith("xxx")
        .endsWith("…");
  }

  @Test
  void colourIsAppliedOnlyWhenEnabled() {
    var coloured = new ResultRenderer(new Palette(true));
    var files = new RankedFiles(List.of(new RankedFile("a.java", 1, List.of())));

    assertThat(coloured.render(new ToolResult(files, ""))).contains("\033[");
    assertThat(render(files)).doesNotContain("\033[");
  }
}
