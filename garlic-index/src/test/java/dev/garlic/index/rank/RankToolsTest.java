package dev.garlic.index.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.code.ContextPack;
import dev.garlic.protocol.code.RankedFiles;
import dev.garlic.protocol.code.RepoMap;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.ToolResult;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankToolsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRACE =
      "java.lang.IllegalStateException: empty\n\tat shop.Cart.total(Cart.java:4)\n";

  @TempDir Path dir;

  @BeforeEach
  void writeProject() {
    TestWorkspace.in(dir)
        .file(
            "src/main/java/shop/Cart.java",
            "package shop;\n\n"
                + "class Cart {\n"
                + "  int total() { throw new IllegalStateException(); }\n"
                + "}\n")
        .file("src/main/java/shop/Stock.java", "package shop;\n\nclass Stock {}\n");
  }

  private ObjectNode args() {
    return JSON.createObjectNode();
  }

  @Test
  void locateIndexesTheWorkspaceAndRanksTheFrameFileFirst() {
    ToolResult result = new LocateTool().call(args().put("task", TRACE), EngineContext.of(dir));

    assertThat(result.value())
        .isInstanceOfSatisfying(
            RankedFiles.class,
            r -> assertThat(r.files().get(0).path()).isEqualTo("src/main/java/shop/Cart.java"));
    assertThat(result.text()).contains("src/main/java/shop/Cart.java", "stack frame Cart.java:4");
  }

  @Test
  void contextPacksTheTaskFilesWithinTheBudget() {
    ToolResult result =
        new ContextTool().call(args().put("task", TRACE).put("budget", 600), EngineContext.of(dir));

    assertThat(result.value())
        .isInstanceOfSatisfying(
            ContextPack.class,
            pack -> {
              assertThat(pack.tokens()).isLessThanOrEqualTo(600);
              assertThat(pack.items().get(0).path()).isEqualTo("src/main/java/shop/Cart.java");
            });
    assertThat(result.text()).contains("int total()");
  }

  @Test
  void mapTakesItsBudgetFromTheCall() {
    ToolResult result = new MapTool().call(args().put("budget", 300), EngineContext.of(dir));

    assertThat(result.value())
        .isInstanceOfSatisfying(RepoMap.class, map -> assertThat(map.budget()).isEqualTo(300));
  }

  @Test
  void mapRejectsATooSmallBudgetAsBadUsage() {
    assertThatThrownBy(() -> new MapTool().call(args().put("budget", 10), EngineContext.of(dir)))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.USAGE));
  }
}
