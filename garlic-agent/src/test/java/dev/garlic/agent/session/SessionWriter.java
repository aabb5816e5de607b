package dev.garlic.agent.session;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.Reporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A process that writes a session log the way the agent loop does, turn after turn, until it is
 * killed; for the crash test.
 */
final class SessionWriter {

  private SessionWriter() {}

  /** Arguments: the sessions directory, the session id, a random seed. */
  public static void main(String[] args) {
    String id = args[1];
    Random random = new Random(Long.parseLong(args[2]));
    try (SessionLog log =
        SessionLog.create(Path.of(args[0]), SessionCodecTest.meta(id), Reporter.SILENT)) {
      long seq = 0;
      for (int turn = 0; ; turn++) {
        log.event(new Event.TurnStarted(++seq, id));
        log.message(new Message.UserMessage("turn " + turn));
        ToolCall read = new ToolCall("r" + turn, "read_file", "{\"path\":\"a\"}");
        ToolCall shell = new ToolCall("s" + turn, "shell", "{\"command\":\"ls\"}");
        log.message(new Message.AssistantMessage("", List.of(read, shell)));
        log.event(new Event.ToolCallBegin(++seq, id, read.id(), read.name(), read.argumentsJson()));
        log.message(
            new Message.ToolResultMessage(
                read.id(), read.name(), "x".repeat(random.nextInt(64 * 1024)), false));
        log.message(new Message.ToolResultMessage(shell.id(), shell.name(), "a\nb\n", false));
        TokenUsage total = new TokenUsage(turn + 1, 0, 1, 0);
        log.event(new Event.UsageUpdate(++seq, id, TokenUsage.ZERO, total, 0.01 * (turn + 1)));
        log.message(Message.AssistantMessage.ofText("done " + turn));
        log.event(new Event.TurnComplete(++seq, id, TurnEndReason.DONE, "done " + turn));
      }
    }
  }
}
