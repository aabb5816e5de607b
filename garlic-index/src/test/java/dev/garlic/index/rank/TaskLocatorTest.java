package dev.garlic.index.rank;

import static dev.garlic.index.rank.Projects.call;
import static dev.garlic.index.rank.Projects.method;
import static dev.garlic.index.rank.Projects.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskLocatorTest {

  private final TaskLocator locator = TaskLocator.create();

  /** A small shop: a cart that uses prices, a parser, their tests, and unrelated files. */
  private static Corpus shop() {
    Projects p = Projects.create();
    p.file(
        "src/main/java/shop/Cart.java",
        80,
        List.of(
            type("src/main/java/shop/Cart.java", "shop.Cart", 1, 80),
            method("src/main/java/shop/Cart.java", "shop.Cart", "total", 30, 50)),
        List.of(call("src/main/java/shop/Cart.java", "price", "shop.Prices#price", 40)));
    p.file(
        "src/main/java/shop/Prices.java",
        40,
        List.of(
            type("src/main/java/shop/Prices.java", "shop.Prices", 1, 40),
            method("src/main/java/shop/Prices.java", "shop.Prices", "price", 5, 20)),
        List.of());
    p.file(
        "src/main/java/shop/Parser.java",
        40,
        List.of(
            type("src/main/java/shop/Parser.java", "shop.Parser", 1, 40),
            method("src/main/java/shop/Parser.java", "shop.Parser", "parse", 5, 20)),
        List.of());
    p.file(
        "src/test/java/shop/ParserTest.java",
        40,
        List.of(
            type("src/test/java/shop/ParserTest.java", "shop.ParserTest", 1, 40),
            method(
                "src/test/java/shop/ParserTest.java", "shop.ParserTest", "readsQuantities", 5, 9)),
        List.of(call("src/test/java/shop/ParserTest.java", "parse", "shop.Parser#parse", 6)));
    for (String name : List.of("Stock", "Orders", "Users")) {
      String path = "src/main/java/shop/" + name + ".java";
      p.file(path, 30, List.of(type(path, "shop." + name, 1, 30)), List.of());
    }
    return p.corpus();
  }

  private List<String> paths(String task) {
    return locator.locate(shop(), task, 10).files().stream().map(RankedFile::path).toList();
  }

  @Test
  void ranksTheFileOfTheTopProjectFrameFirst() {
    List<String> ranked =
        paths(
            """
            java.lang.ArithmeticException: / by zero
            \tat java.base/java.math.BigDecimal.divide(BigDecimal.java:1800)
            \tat shop.Prices.price(Prices.java:12)
            \tat shop.Cart.total(Cart.java:40)
            """);

    assertThat(ranked.subList(0, 2))
        .containsExactly("src/main/java/shop/Prices.java", "src/main/java/shop/Cart.java");
  }

  @Test
  void explainsAStackFrameHit() {
    RankedFile top = locator.locate(shop(), "\tat shop.Cart.total(Cart.java:40)", 1).files().get(0);

    assertThat(top.reasons().get(0))
        .isEqualTo("stack frame Cart.java:40 in total (top project frame)");
  }

  @Test
  void pullsInTheSourceOfAFailingTest() {
    List<String> ranked = paths("ParserTest.readsQuantities fails since yesterday");

    assertThat(ranked.subList(0, 2))
        .containsExactlyInAnyOrder(
            "src/test/java/shop/ParserTest.java", "src/main/java/shop/Parser.java");
  }

  @Test
  void pullsInTheTestOfANamedSource() {
    List<String> ranked = paths("`Parser` drops the last line");

    assertThat(ranked.get(0)).isEqualTo("src/main/java/shop/Parser.java");
    assertThat(ranked).contains("src/test/java/shop/ParserTest.java");
  }

  @Test
  void givesTheSupertypeOfANamedTypeAShare() {
    Projects p = Projects.create();
    p.file("src/Base.java", 40, List.of(type("src/Base.java", "shop.Base", 1, 40)), List.of());
    p.file(
        "src/Special.java",
        20,
        List.of(type("src/Special.java", "shop.Special", 1, 20)),
        List.of(
            new SymbolRef(
                "Base",
                "shop.Base",
                List.of(),
                RefKind.EXTENDS,
                Location.line("src/Special.java", 1),
                null)));
    p.file("src/Other.java", 40, List.of(type("src/Other.java", "shop.Other", 1, 40)), List.of());

    List<RankedFile> ranked = locator.locate(p.corpus(), "`Special` miscounts", 5).files();

    assertThat(ranked)
        .extracting(RankedFile::path)
        .containsExactly("src/Special.java", "src/Base.java");
    assertThat(ranked.get(1).reasons()).contains("supertype of Special, which the task points at");
  }

  @Test
  void findsTheFilesOfAPythonTracebackFromAnotherMachine() {
    Projects p = Projects.create();
    for (String path : List.of("app/core.py", "app/main.py", "tools/core.py")) {
      p.file(path, 20, List.of(), List.of());
    }
    String traceback =
        """
        Traceback (most recent call last):
          File "/home/ci/build/app/main.py", line 8, in <module>
          File "/home/ci/build/app/core.py", line 3, in run
        ZeroDivisionError: division by zero
        """;

    List<RankedFile> ranked = locator.locate(p.corpus(), traceback, 5).files();

    assertThat(ranked).extracting(RankedFile::path).containsExactly("app/core.py", "app/main.py");
  }

  @Test
  void findsAFileByItsMentionedPath() {
    assertThat(paths("see src/main/java/shop/Stock.java for the rounding").get(0))
        .isEqualTo("src/main/java/shop/Stock.java");
  }

  @Test
  void givesNeighboursOfAStrongCandidateAShare() {
    List<String> ranked = paths("`Cart` loses items");

    assertThat(ranked)
        .contains("src/main/java/shop/Prices.java")
        .doesNotContain("src/main/java/shop/Stock.java");
  }

  @Test
  void breaksTiesTowardsRecentlyChangedFiles() {
    long now = 1_800_000_000L;
    TaskLocator withHistory =
        locator.withHistory(Map.of("src/main/java/shop/Users.java", now - 86_400), now);

    List<RankedFile> ranked = withHistory.locate(shop(), "something about shop files", 3).files();

    assertThat(ranked.get(0).path()).isEqualTo("src/main/java/shop/Users.java");
    assertThat(ranked.get(0).reasons()).contains("changed 1 day ago");
  }

  @Test
  void returnsNothingForATaskThatMatchesNothing() {
    assertThat(paths("zzz qqq")).isEmpty();
  }
}
