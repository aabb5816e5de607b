package dev.garlic.cli.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TurnRendererTest {

  private static String render(Event... events) throws IOException {
    try (DumbConsole terminal = new DumbConsole("")) {
      TurnRenderer renderer = new TurnRenderer(terminal.console, new Style(false));
      for (Event event : events) {
        renderer.render(event);
      }
      return terminal.output();
    }
  }

  @Test
  void streamsTheAnswerAndShowsEachToolCallOnOneLine() throws IOException {
    String out =
        render(
            new Event.TurnStarted(1, "s"),
            new Event.AgentMessageDelta(2, "s", "Let me "),
            new Event.AgentMessageDelta(3, "s", "look."),
            new Event.AgentMessage(4, "s", "Let me look."),
            new Event.ToolCallBegin(5, "s", "c1", "read_file", "{\"path\":\"src/Foo.java\"}"),
            new Event.ToolCallEnd(6, "s", "c1", "read_file", true, "12 lines", 12),
            new Event.ToolCallBegin(7, "s", "c2", "shell", "{\"command\":\"mvn -q test\"}"),
            new Event.ToolCallEnd(8, "s", "c2", "shell", false, "exit 1\nmore", 40),
            new Event.UsageUpdate(
                9,
                "s",
                new TokenUsage(1200, 1000, 80, 0),
                new TokenUsage(1200, 1000, 80, 0),
                0.0123),
            new Event.TurnComplete(10, "s", TurnEndReason.DONE, "done"));

    assertThat(out)
        .isEqualTo(
            "Let me look.\n"
                + "▸ read_file src/Foo.java ok 12 ms\n"
                + "▸ shell mvn -q test failed 40 ms: exit 1…\n"
                + "· 1,200 in (1,000 cached), 80 out · session $0.0123\n");
  }

  @Test
  void saysWhyATurnStoppedEarly() throws IOException {
    String out =
        render(
            new Event.AgentMessageDelta(1, "s", "Working"),
            new Event.TurnComplete(2, "s", TurnEndReason.INTERRUPTED, "interrupted"));

    assertThat(out)
        .isEqualTo(
            "Working\n(turn stopped: interrupted; the conversation goes on with"
                + " your next message)\n");
  }

  @Test
  void showsModelErrorsOnTheirOwnLine() throws IOException {
    String out =
        render(
            new Event.AgentMessageDelta(1, "s", "Hm"),
            new Event.Error(
                2, "s", new GarlicError(ErrorCode.ENVIRONMENT, "model unreachable", null)));

    assertThat(out).isEqualTo("Hm\nerror: model unreachable\n");
  }

  @Test
  void firstArgumentIsTheFirstValueOnOneLineShortened() {
    assertThat(TurnRenderer.firstArgument("{\"path\":\"a.txt\",\"offset\":3}")).isEqualTo("a.txt");
    assertThat(TurnRenderer.firstArgument("{\"patch\":\"*** Begin Patch\\n...\"}"))
        .isEqualTo("*** Begin Patch…");
    assertThat(TurnRenderer.firstArgument("{\"steps\":[1,2]}")).isEqualTo("[1,2]");
    assertThat(TurnRenderer.firstArgument("{}")).isEmpty();
    assertThat(TurnRenderer.firstArgument("not json")).isEqualTo("not json");
    assertThat(TurnRenderer.firstArgument("{\"command\":\"" + "x".repeat(100) + "\"}"))
        .isEqualTo("x".repeat(60) + "…");
  }
}
