package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Engines;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyEngineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;

  @Test
  void isDiscoveredWithItsMutatingRunTestsTool() throws Exception {
    Tool tool =
        Engines.discover(VerifyEngineTest.class.getClassLoader()).tool("run_tests").orElseThrow();

    assertThat(tool.spec().mutating()).isTrue();
    assertThat(JSON.writeValueAsString(tool.spec().inputSchema()))
        .contains("\"scope\"")
        .contains("\"changed\"")
        .contains("\"all\"")
        .contains("\"tests\"")
        .contains("\"paths\"")
        .contains("\"timeout\"");
  }

  @Test
  void aWorkspaceWithoutTestRunnerIsAnErrorTheModelCanActOn() {
    Tool tool = new VerifyEngine().tools().getFirst();

    assertThatThrownBy(() -> tool.call(JSON.createObjectNode(), EngineContext.of(root)))
        .isInstanceOf(GarlicException.class)
        .hasMessageStartingWith("run_tests: no test runner found in the workspace root")
        .hasMessageContaining("run the tests with shell instead");
  }

  @Test
  void timeoutOutOfRangeIsAUsageError() throws Exception {
    java.nio.file.Files.writeString(root.resolve("pom.xml"), "<project/>");
    Tool tool = new VerifyEngine().tools().getFirst();

    assertThatThrownBy(
            () -> tool.call(JSON.createObjectNode().put("timeout", 0), EngineContext.of(root)))
        .isInstanceOf(GarlicException.class)
        .hasMessage("run_tests: timeout must be 1 to 3600 (verify.max_timeout_seconds), not 0");
  }
}
