package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestSummarizerTest {

  private final DigestSummarizer digest = new DigestSummarizer();

  @Test
  void listsRequestsFilesCommandsAndTheLastAnswer() {
    List<Message> older =
        List.of(
            new Message.UserMessage("Rename Parser to Reader\nacross the code."),
            new Message.AssistantMessage(
                "Looking.",
                List.of(
                    new ToolCall("1", "read_file", "{\"path\":\"src/Parser.java\"}"),
                    new ToolCall(
                        "2",
                        "apply_patch",
                        "{\"patch\":\"*** Begin Patch\\n*** Update File: src/Parser.java\\n"
                            + "*** Move to: src/Reader.java\\n@@\\n-a\\n+b\\n*** Add File: x.txt\\n"
                            + "+x\\n*** End Patch\"}"),
                    new ToolCall("3", "shell", "{\"command\":\"mvn -q test\"}"),
                    new ToolCall("4", "git_commit", "{\"message\":\"m\"}"))),
            new Message.ToolResultMessage("1", "read_file", "class Parser {}", false),
            new Message.ToolResultMessage("2", "apply_patch", "applied", false),
            new Message.ToolResultMessage(
                "3", "shell", "$ mvn -q test\nFAIL\n[exit 1 in 3.0 s]\n", true),
            new Message.ToolResultMessage("4", "git_commit", "nothing to commit", true),
            Message.AssistantMessage.ofText("Renamed; one test still fails."));

    String text = digest.summarize("Earlier: set up the project.", older, 1_000);

    assertThat(text)
        .isEqualTo(
            """
            Earlier: set up the project.

            Then:
            User requests:
            - Rename Parser to Reader across the code.
            Files written:
            - src/Parser.java
            - src/Reader.java
            - x.txt
            Files read:
            - src/Parser.java
            Commands and failures:
            - `mvn -q test` -> exit 1
            - git_commit failed: nothing to commit
            Last assistant message: Renamed; one test still fails.""");
  }

  @Test
  void toleratesMalformedArguments() {
    List<Message> older =
        List.of(
            new Message.AssistantMessage("", List.of(new ToolCall("1", "shell", "{not json"))),
            new Message.ToolResultMessage("1", "shell", "[timed out after 1.0 s]", true));

    assertThat(digest.summarize(null, older, 100))
        .isEqualTo("Commands and failures:\n- `?` -> timed out");
  }
}
