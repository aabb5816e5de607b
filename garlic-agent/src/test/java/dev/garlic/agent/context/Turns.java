package dev.garlic.agent.context;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import java.util.ArrayList;
import java.util.List;

/** Builds conversations of realistic turns for compaction tests. */
final class Turns {

  private Turns() {}

  /**
   * Turn {@code n}: the user asks, the model runs {@code shell} and {@code write_file}, gets both
   * results and answers; {@code padding} characters of tool output make the turn as large as
   * needed.
   */
  static List<Message> turn(int n, int padding) {
    List<Message> turn = new ArrayList<>();
    turn.add(new Message.UserMessage("Turn " + n + ": add column c" + n + " to the export."));
    turn.add(
        new Message.AssistantMessage(
            "",
            List.of(
                new ToolCall("sh" + n, "shell", "{\"command\":\"pytest -k c" + n + "\"}"),
                new ToolCall(
                    "w" + n,
                    "write_file",
                    "{\"path\":\"export/c" + n + ".py\",\"content\":\"import csv\\n\"}"))));
    turn.add(
        new Message.ToolResultMessage(
            "sh" + n, "shell", "$ pytest\n" + ".".repeat(padding) + "\n[exit 1 in 0.4 s]\n", true));
    turn.add(
        new Message.ToolResultMessage(
            "w" + n, "write_file", "created export/c" + n + ".py", false));
    turn.add(Message.AssistantMessage.ofText("Added c" + n + "."));
    return turn;
  }

  /** Turns 1 to {@code count}. */
  static List<Message> turns(int count, int padding) {
    List<Message> all = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      all.addAll(turn(n, padding));
    }
    return all;
  }
}
