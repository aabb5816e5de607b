package dev.garlic.agent.context;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import java.util.List;

/** A conversation as plain text, each tool result cut to a bounded length, for a summariser. */
final class Transcript {

  private Transcript() {}

  /** {@code messages} as text, with tool results longer than {@code maxResultChars} cut. */
  static String of(List<Message> messages, int maxResultChars) {
    StringBuilder out = new StringBuilder();
    for (Message message : messages) {
      switch (message) {
        case Message.SystemMessage m -> out.append("[system]\n").append(m.text()).append('\n');
        case Message.UserMessage m -> out.append("[user]\n").append(m.text()).append('\n');
        case Message.AssistantMessage m -> {
          out.append("[assistant]\n");
          if (!m.text().isBlank()) {
            out.append(m.text()).append('\n');
          }
          for (ToolCall call : m.toolCalls()) {
            out.append("-> ")
                .append(call.name())
                .append(' ')
                .append(cut(call.argumentsJson(), maxResultChars))
                .append('\n');
          }
        }
        case Message.ToolResultMessage m ->
            out.append("[")
                .append(m.toolName())
                .append(m.error() ? " failed" : " result")
                .append("]\n")
                .append(cut(m.content(), maxResultChars))
                .append('\n');
      }
    }
    return out.toString();
  }

  /** {@code text} with its middle left out when longer than {@code max} characters. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int half = max / 2;
    return text.substring(0, half)
        + "\n[... "
        + (text.length() - 2 * half)
        + " characters left out ...]\n"
        + text.substring(text.length() - half);
  }
}
