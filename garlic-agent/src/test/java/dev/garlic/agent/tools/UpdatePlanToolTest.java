package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.ToolResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdatePlanToolTest {

  @TempDir Path root;

  private final PlanStore store = new PlanStore();
  private final UpdatePlanTool tool = new UpdatePlanTool(store);

  private ToolResult call(String json) throws Exception {
    JsonNode args = new ObjectMapper().readTree(json.replace('\'', '"'));
    return tool.call(args, EngineContext.of(root));
  }

  @Test
  void rendersThePlanAsAChecklist() throws Exception {
    ToolResult result =
        call(
            "{'steps': [{'step': 'Read the parser', 'status': 'done'},"
                + " {'step': 'Fix the bug', 'status': 'in_progress'},"
                + " {'step': 'Run the tests', 'status': 'pending'}],"
                + " 'explanation': 'found the cause'}");

    assertThat(result.text())
        .isEqualTo(
            "plan (1/3 done):\n[x] Read the parser\n[>] Fix the bug\n[ ] Run the tests\n"
                + "why: found the cause\n");
  }

  @Test
  void keepsTheLatestPlanPerWorkspaceRoot() throws Exception {
    call("{'steps': [{'step': 'a', 'status': 'pending'}]}");
    call("{'steps': [{'step': 'b', 'status': 'done'}]}");

    assertThat(store.current(root).orElseThrow().steps())
        .containsExactly(new Plan.Step("b", Plan.Status.DONE));
    assertThat(store.current(root.resolve("other"))).isEmpty();
  }

  @Test
  void refusesAnUnknownStatus() {
    assertThatThrownBy(() -> call("{'steps': [{'step': 'a', 'status': 'started'}]}"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("update_plan: step 1 has status 'started'; use pending, in_progress or done");
  }

  @Test
  void refusesTwoStepsInProgress() {
    assertThatThrownBy(
            () ->
                call(
                    "{'steps': [{'step': 'a', 'status': 'in_progress'},"
                        + " {'step': 'b', 'status': 'in_progress'}]}"))
        .hasMessageContaining("2 steps are in_progress; mark at most one");
  }

  @Test
  void refusesAnUnknownArgument() {
    assertThatThrownBy(() -> call("{'steps': [], 'plan': 'x'}"))
        .hasMessageContaining("unknown argument 'plan'");
  }

  @Test
  void refusesAnEmptyPlan() {
    assertThatThrownBy(() -> call("{'steps': []}")).hasMessageContaining("non-empty array");
  }
}
