package dev.garlic.agent.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.models.ModelKeys;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.RankedFiles;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteProbeTest {

  @TempDir Path root;
  @TempDir Path home;
  ModelSetup models;
  EngineContext context;
  final List<JsonNode> locateCalls = new ArrayList<>();

  /** A tool that answers with {@code answer} and remembers its arguments. */
  private Tool tool(String name, Function<JsonNode, ToolResult> answer) {
    return new Tool() {
      @Override
      public ToolSpec spec() {
        return new ToolSpec(name, "test tool", Map.of("type", "object"), false);
      }

      @Override
      public ToolResult call(JsonNode arguments, EngineContext context) {
        if (name.equals(RouteProbe.LOCATE_TOOL)) {
          locateCalls.add(arguments);
        }
        return answer.apply(arguments);
      }
    };
  }

  private Tool locate(RankedFile... files) {
    return tool(RouteProbe.LOCATE_TOOL, a -> new ToolResult(new RankedFiles(List.of(files)), ""));
  }

  private static RankedFile ranked(String path, double score) {
    return new RankedFile(path, score, List.of("test"));
  }

  private RouteSignals probe(List<Tool> tools, RouteRequest request) {
    return new RouteProbe(tools, RouterSettings.DEFAULTS).probe(request, context, models);
  }

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("src/Cart.java"), "class Cart {\n  int total;\n}\n");
    Files.writeString(root.resolve("src/Order.java"), "class Order {}");
    Files.writeString(root.resolve("src/Noise.java"), "a\nb\nc\nd\n");
    Files.createDirectories(root.resolve(".garlic"));
    Files.writeString(
        root.resolve(".garlic/config.toml"),
        "model = \"openai/gpt-5.3-codex\"\n[models]\nreflex = \"openai/gpt-5-mini\"\n");
    Config config = new ConfigLoader(ModelKeys.ALL, Map.of(), home).load(root, Map.of());
    models = ModelSetup.from(config);
    context = EngineContext.of(root);
  }

  @Test
  void measuresTheLinesOfTheFilesRankedCloseToTheBest() {
    Tool locate =
        locate(
            ranked("src/Cart.java", 1.0),
            ranked("src/Order.java", 0.6),
            ranked("src/Noise.java", 0.2));

    RouteSignals signals = probe(List.of(locate), RouteRequest.of("explain Cart.total"));

    assertThat(signals.size().measured()).isTrue();
    assertThat(signals.size().files())
        .containsExactly(
            new CodeSize.LocatedFile("src/Cart.java", 3),
            new CodeSize.LocatedFile("src/Order.java", 1));
    assertThat(signals.size().lines()).isEqualTo(4);
    assertThat(locateCalls.getFirst().get("task").asText()).isEqualTo("explain Cart.total");
    assertThat(locateCalls.getFirst().get("limit").asInt()).isEqualTo(10);
  }

  @Test
  void skipsRankedPathsThatAreGoneOrOutsideTheWorkspace() {
    Tool locate = locate(ranked("src/Gone.java", 1.0), ranked("../outside.txt", 1.0));

    RouteSignals signals = probe(List.of(locate), RouteRequest.of("explain Gone"));

    assertThat(signals.size().measured()).isTrue();
    assertThat(signals.size().files()).isEmpty();
  }

  @Test
  void withoutTheIndexEngineTheSizeIsUnknownAndSaysWhy() {
    RouteSignals signals = probe(List.of(), RouteRequest.of("explain Cart"));

    assertThat(signals.size().measured()).isFalse();
    assertThat(signals.size().note()).contains("index engine is not installed");
  }

  @Test
  void aFailingLocatorLeavesTheSizeUnknown() {
    Tool broken =
        tool(
            RouteProbe.LOCATE_TOOL,
            a -> {
              throw GarlicException.input("index is locked");
            });

    RouteSignals signals = probe(List.of(broken), RouteRequest.of("explain Cart"));

    assertThat(signals.size().unmeasuredBecause()).contains("locate failed: index is locked");
  }

  @Test
  void anInstalledEngineToolForTheKindApplies() {
    Tool audit = tool("audit", a -> new ToolResult("", ""));

    RouteSignals signals = probe(List.of(audit), RouteRequest.of("audit the web module"));

    assertThat(signals.kind().kind()).isEqualTo(TaskKind.AUDIT);
    assertThat(signals.engineTool()).contains("audit");
  }

  @Test
  void theRepairEngineAppliesOnlyWhenTestsFail() {
    Tool repair = tool("repair", a -> new ToolResult("", ""));

    RouteSignals noFailure = probe(List.of(repair), RouteRequest.of("fix the discount rounding"));
    RouteSignals pasted =
        probe(
            List.of(repair),
            RouteRequest.of("fix this:\nTests run: 4, Failures: 1, Errors: 0, Skipped: 0"));

    assertThat(noFailure.engineTool()).isEmpty();
    assertThat(noFailure.engine().detail()).isEqualTo("repair needs a failing test");
    assertThat(pasted.failingTests()).isEqualTo(1);
    assertThat(pasted.engineTool()).contains("repair");
  }

  @Test
  void aConfiguredToolThatIsNotInstalledSaysSo() {
    RouteSignals signals = probe(List.of(), RouteRequest.of("write tests for Cart"));

    assertThat(signals.engineTool()).isEmpty();
    assertThat(signals.engine().detail()).isEqualTo("tool testgen is not installed");
  }

  @Test
  void knownFailuresAndTheCommandAreTakenFromTheRequest() {
    RouteSignals signals =
        probe(List.of(), new RouteRequest("Cart totals", "debug", new Budget(1.0, null), 3));

    assertThat(signals.kind().kind()).isEqualTo(TaskKind.DEBUG);
    assertThat(signals.failingTests()).isEqualTo(3);
    assertThat(signals.budget().maxCostUsd()).isEqualTo(1.0);
  }

  @Test
  void theConfiguredModelsAreSignals() {
    RouteSignals signals = probe(List.of(), RouteRequest.of("explain Cart"));

    assertThat(signals.reflexModel()).map(Object::toString).contains("openai/gpt-5-mini");
    assertThat(signals.deepModel()).map(Object::toString).contains("openai/gpt-5.3-codex");
  }

  @Test
  void countsTheLastLineWithOrWithoutItsNewline() throws IOException {
    Path file = root.resolve("x.txt");
    Files.writeString(file, "");
    assertThat(RouteProbe.lines(file)).isZero();
    Files.writeString(file, "a");
    assertThat(RouteProbe.lines(file)).isEqualTo(1);
    Files.writeString(file, "a\nb\n");
    assertThat(RouteProbe.lines(file)).isEqualTo(2);
  }
}
