package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.loop.ContextPolicy;
import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.tools.PlanStore;
import dev.garlic.agent.tools.WriteGuard;
import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scripted 200-turn session: the user states constraints at turns 1 and 50, the model writes a
 * file through the real {@code write_file} every turn, the conversation is compacted whenever the
 * prompt passes 80% of a small window, and at turn 200 the model tries to import the forbidden
 * module. Every other turn the tests fail, and that output is pinned until the next run passes. The
 * loop is played by the test through {@link SessionContext}, as the agent loop calls it. The
 * summariser is scripted and forgets everything but a count (or fails, so the digest is used), so
 * the constraints can only survive by being pinned.
 */
class LongSessionCompactionTest {

  private static final String BASE_PROMPT = "You are Garlic, a coding agent.";
  private static final String CSV_RULE = "Use the csv module, never pandas.";
  private static final String DEPENDENCY_RULE = "Don't add any dependency on requests.";
  private static final String AGENTS_TEXT = "Run pytest -q before you say you are done.";
  private static final long WINDOW = 12_000;
  private static final Compactor.Policy POLICY = new Compactor.Policy(0.8, 0.5, 3, 400);

  @TempDir Path root;
  @TempDir Path home;

  static Stream<Arguments> summarizers() {
    Summarizer forgetful = (previous, older, max) -> "summarised " + older.size() + " messages";
    Summarizer failing =
        (previous, older, max) -> {
          throw new IllegalStateException("no model configured");
        };
    return Stream.of(Arguments.of("scripted", forgetful), Arguments.of("digest fallback", failing));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("summarizers")
  void keepsPinnedConstraintsInThePromptAndEnforcedThroughFiveCompactions(
      String label, Summarizer summarizer) {
    TestWorkspace.in(root)
        .file("AGENTS.md", AGENTS_TEXT + "\n")
        .file(
            ".garlic/skills/csv/SKILL.md", "---\nname: csv-export\ndescription: CSV files\n---\nx");
    ConstraintSet constraints = new ConstraintSet();
    Tool writeFile =
        new CoreEngine(new PlanStore(), new WriteGuard(constraints))
            .tools().stream()
                .filter(t -> t.spec().name().equals("write_file"))
                .findFirst()
                .orElseThrow();
    AtomicInteger currentTurn = new AtomicInteger();
    Compactor compactor = new Compactor(TokenEstimator.approximate(), summarizer, POLICY);
    SessionContext context =
        new SessionContext(
            AgentsMd.load(home, root, root),
            Skills.discover(root, home),
            constraints,
            () -> "[>] column c" + currentTurn.get(),
            compactor);
    List<Message> conversation = new ArrayList<>();
    int compactions = 0;
    Message.ToolResultMessage lastWrite = null;

    for (int turn = 1; turn <= 200; turn++) {
      currentTurn.set(turn);
      String user =
          switch (turn) {
            case 1 -> "Build a CSV export of the orders. " + CSV_RULE;
            case 50 -> "Now add a web hook. " + DEPENDENCY_RULE;
            default -> "Turn " + turn + ": add column c" + turn + " to the export.";
          };
      context.userInput(user);
      conversation.add(new Message.UserMessage(user));
      String content =
          turn == 200 ? "import pandas as pd\n" : "import csv\n# column c" + turn + "\n";
      lastWrite = write(writeFile, conversation, turn, content);
      Message.ToolResultMessage tests =
          new Message.ToolResultMessage(
              "sh" + turn,
              "shell",
              "$ pytest -q\n"
                  + ".".repeat(600)
                  + (turn % 2 == 0 ? "F" : ".")
                  + "\n[exit "
                  + (turn % 2 == 0 ? 1 : 0)
                  + " in 0.5 s]\n",
              false);
      conversation.add(tests);
      context.toolResult("shell", true, tests.content());
      conversation.add(Message.AssistantMessage.ofText("Done with turn " + turn + "."));

      Optional<ContextPolicy.Compacted> compaction =
          context.compact(context.systemPrompt(BASE_PROMPT), conversation, WINDOW, false);
      if (compaction.isPresent()) {
        compactions++;
        conversation = new ArrayList<>(compaction.get().conversation());
        String summary = Compactor.summaryOf(conversation).orElseThrow();
        assertThat(summary.startsWith("summarised ")).isEqualTo(label.equals("scripted"));
        CompactorTest.assertToolCallsAnswered(conversation);
      }
      String system = context.systemPrompt(BASE_PROMPT);
      assertThat(compactor.promptTokens(system, conversation))
          .isLessThanOrEqualTo((int) (POLICY.threshold() * WINDOW));
      assertThat(system)
          .contains(CSV_RULE)
          .contains(AGENTS_TEXT)
          .contains("csv-export: CSV files")
          .contains("[>] column c" + turn);
      if (turn >= 50) {
        assertThat(system).contains(DEPENDENCY_RULE);
      }
      if (turn % 2 == 0) {
        assertThat(system).contains("# Latest failing output").contains("F\n[exit 1");
      } else {
        assertThat(system).doesNotContain("# Latest failing output");
      }
    }

    assertThat(compactions).isGreaterThanOrEqualTo(5);
    assertThat(lastWrite.error()).isTrue();
    assertThat(lastWrite.content())
        .contains("export/c200.py:1: imports pandas (`import pandas as pd`)")
        .contains("\"" + CSV_RULE + "\"");
    assertThat(root.resolve("export/c200.py")).doesNotExist();
    assertThat(root.resolve("export/c199.py")).exists();
  }

  /** The model calls write_file; the tool runs for real and its result joins the conversation. */
  private Message.ToolResultMessage write(
      Tool writeFile, List<Message> conversation, int turn, String content) {
    ObjectNode args = JsonNodeFactory.instance.objectNode();
    args.put("path", "export/c" + turn + ".py").put("content", content);
    conversation.add(
        new Message.AssistantMessage(
            "",
            List.of(
                new ToolCall("w" + turn, "write_file", args.toString()),
                new ToolCall("sh" + turn, "shell", "{\"command\":\"pytest -q\"}"))));
    Message.ToolResultMessage result;
    try {
      String text = writeFile.call(args, EngineContext.of(root)).text();
      result = new Message.ToolResultMessage("w" + turn, "write_file", text, false);
    } catch (GarlicException e) {
      result = new Message.ToolResultMessage("w" + turn, "write_file", e.getMessage(), true);
    }
    conversation.add(result);
    return result;
  }
}
