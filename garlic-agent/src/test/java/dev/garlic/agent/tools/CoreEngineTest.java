package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.spi.Engine;
import dev.garlic.spi.Engines;
import dev.garlic.spi.Tool;
import org.junit.jupiter.api.Test;

class CoreEngineTest {

  @Test
  void isDiscoveredWithEveryBuiltInTool() {
    Engine core =
        Engines.discover(getClass().getClassLoader()).all().stream()
            .filter(e -> e.name().equals("core"))
            .findFirst()
            .orElseThrow();

    assertThat(core.tools().stream().map(t -> t.spec().name()))
        .containsExactly(
            "list_dir",
            "read_file",
            "write_file",
            "apply_patch",
            "shell",
            "git_status",
            "git_diff",
            "git_commit",
            "update_plan");
  }

  @Test
  void marksTheToolsThatChangeThingsAsMutating() {
    assertThat(
            new CoreEngine()
                .tools().stream().filter(t -> t.spec().mutating()).map(t -> t.spec().name()))
        .containsExactly("write_file", "apply_patch", "shell", "git_commit");
  }

  @Test
  void givesEveryToolAnObjectSchemaThatRefusesUnknownArguments() {
    for (Tool tool : new CoreEngine().tools()) {
      assertThat(tool.spec().inputSchema())
          .as(tool.spec().name())
          .containsEntry("type", "object")
          .containsEntry("additionalProperties", false);
    }
  }
}
