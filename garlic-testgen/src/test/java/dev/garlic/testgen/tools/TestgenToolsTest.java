package dev.garlic.testgen.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.Engine;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import dev.garlic.testgen.CoverageReport;
import dev.garlic.testgen.fixture.ProcessCommandRunner;
import dev.garlic.testgen.model.Coverage;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestgenToolsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Map<String, Tool> tools() {
    Engine engine =
        ServiceLoader.load(Engine.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(e -> e.name().equals("testgen"))
            .findFirst()
            .orElseThrow();
    return engine.tools().stream()
        .collect(Collectors.toMap(t -> t.spec().name(), Function.identity()));
  }

  @Test
  void theEngineIsDiscoveredWithBothToolsAndOnlyGenerateTestsMutates() {
    Map<String, Tool> tools = tools();

    assertThat(tools).containsOnlyKeys("generate_tests", "coverage_report");
    assertThat(tools.get("generate_tests").spec().mutating()).isTrue();
    assertThat(tools.get("coverage_report").spec().mutating()).isFalse();
    assertThat(JSON.valueToTree(tools.get("generate_tests").spec().inputSchema()).toString())
        .contains("\"target\"")
        .contains("\"budgetSeconds\"")
        .contains("\"dryRun\"")
        .contains("\"mutation\"")
        .contains("\"force\"");
  }

  @Test
  void aMissingTargetABlankTargetAndABudgetOutOfRangeAreUsageErrors() {
    Tool generate = tools().get("generate_tests");
    EngineContext context = EngineContext.of(dir);
    ObjectNode blank = JSON.createObjectNode().put("target", " ");
    ObjectNode budget =
        JSON.createObjectNode().put("target", "com.acme.Money").put("budgetSeconds", 0);

    assertThatThrownBy(() -> generate.call(JSON.createObjectNode(), context))
        .isInstanceOf(GarlicException.class)
        .hasMessage("generate_tests: missing required argument 'target'");
    assertThatThrownBy(() -> generate.call(blank, context))
        .hasMessage("generate_tests: 'target' must not be blank");
    assertThatThrownBy(() -> generate.call(budget, context))
        .hasMessage("generate_tests: 'budgetSeconds' must be 1 to 3600");
  }

  @Test
  void anUnknownClassIsAnInputErrorBeforeAnyCommandRuns() {
    TestWorkspace.in(dir)
        .file("pom.xml", "<project/>")
        .file("src/main/java/com/acme/Money.java", "package com.acme; public class Money {}");
    ObjectNode args = JSON.createObjectNode().put("target", "com.acme.Monei");

    // EngineContext.of runs no commands: resolution fails first.
    assertThatThrownBy(() -> tools().get("coverage_report").call(args, EngineContext.of(dir)))
        .hasMessageContaining("did you mean com.acme.Money?");
  }

  @Test
  @Tag("slow")
  void coverageReportMeasuresTheExistingTestsOfAMavenProject() {
    dev.garlic.testgen.MavenFixture.assumeMaven();
    dev.garlic.testgen.MavenFixture.money(dir)
        .file(
            "src/test/java/com/acme/MoneyTest.java",
            """
            package com.acme;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class MoneyTest {
              @Test
              void keepsItsCents() {
                assertEquals(5, new Money(5).getCents());
              }
            }
            """);
    EngineContext context =
        new EngineContext(dir, Settings.EMPTY, Reporter.SILENT, Cancellation.create())
            .withCommands(new ProcessCommandRunner());

    ToolResult result =
        tools()
            .get("coverage_report")
            .call(JSON.createObjectNode().put("target", "com.acme.Money"), context);

    Coverage money = ((CoverageReport) result.value()).classes().getFirst();
    assertThat(money.className()).isEqualTo("com.acme.Money");
    assertThat(money.linesCovered()).isBetween(3, money.lines() - 1);
    assertThat(result.text()).startsWith("class").contains("com.acme.Money");
  }
}
