package dev.garlic.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.usage.ComputeUnits;
import dev.garlic.agent.usage.UsageLedger;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ToolCall;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Tool;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolDispatcherTest {

  @TempDir Path root;

  private final UsageRecorder usage =
      new UsageRecorder(
          UsageLedger.DISCARD,
          Reporter.SILENT,
          "s",
          null,
          ComputeUnits.STANDARD,
          Clock.systemUTC());

  private ToolDispatcher dispatcher(ApprovalPolicy policy, int maxArgumentChars) {
    return new ToolDispatcher(new CoreEngine().tools(), policy, usage, maxArgumentChars);
  }

  private ToolOutcome dispatch(String tool, String arguments) {
    return dispatcher(ApprovalPolicy.NEVER_ASK, 1_000)
        .dispatch(new ToolCall("c", tool, arguments), EngineContext.of(root));
  }

  @Test
  void runsAToolAndReturnsItsText() {
    TestWorkspace.in(root).file("a.txt", "hello\n");

    ToolOutcome outcome = dispatch("read_file", "{\"path\":\"a.txt\"}");

    assertThat(outcome.ok()).isTrue();
    assertThat(outcome.content()).contains("hello");
  }

  @Test
  void refusesArgumentsOverTheSizeLimit() {
    String big = "{\"path\":\"" + "x".repeat(2_000) + "\"}";

    ToolOutcome outcome = dispatch("read_file", big);

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content())
        .isEqualTo(
            "read_file: the arguments are 2011 characters, over the limit of 1000;"
                + " split the work into smaller calls");
  }

  @Test
  void refusesArgumentsThatAreNotAnObject() {
    ToolOutcome outcome = dispatch("read_file", "[\"a.txt\"]");

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content())
        .isEqualTo("read_file: the arguments must be a JSON object, not ARRAY");
  }

  @Test
  void treatsBlankArgumentsAsAnEmptyObject() {
    ToolOutcome outcome = dispatch("list_dir", "");

    assertThat(outcome.ok()).isTrue();
  }

  @Test
  void returnsAGarlicExceptionOfTheToolAsAnError() {
    ToolOutcome outcome = dispatch("read_file", "{\"path\":\"missing.txt\"}");

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content()).contains("missing.txt");
  }

  @Test
  void letsReadOnlyToolsRunUnderTheDenyMutatingPolicy() {
    TestWorkspace.in(root).file("a.txt", "hello\n");

    ToolOutcome outcome =
        dispatcher(ApprovalPolicy.DENY_MUTATING, 1_000)
            .dispatch(
                new ToolCall("c", "read_file", "{\"path\":\"a.txt\"}"), EngineContext.of(root));

    assertThat(outcome.ok()).isTrue();
  }

  @Test
  void rejectsTwoToolsWithTheSameName() {
    List<Tool> tools = new CoreEngine().tools();
    List<Tool> twice = List.of(tools.getFirst(), tools.getFirst());

    assertThatThrownBy(() -> new ToolDispatcher(twice, ApprovalPolicy.NEVER_ASK, usage, 1_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two tools are named list_dir");
  }

  @Test
  void namesTheKnownPoliciesWhenAPolicyNameIsUnknown() {
    assertThatThrownBy(() -> ApprovalPolicy.of("sometimes"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("unknown approval policy \"sometimes\"; use never, confined or deny-mutating");
  }
}
