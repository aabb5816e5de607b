package dev.garlic.llm;

import java.util.List;

/**
 * One message of a conversation with a model. Immutable; providers translate it to their wire
 * format, so the same conversation can be sent to any provider.
 */
public sealed interface Message {

  /** Instructions that frame the whole conversation; providers that cache prompts cache these. */
  record SystemMessage(String text) implements Message {}

  /** What the user said. */
  record UserMessage(String text) implements Message {}

  /**
   * What the model answered: text (empty when it only called tools) and the tools it called, in the
   * order it called them.
   */
  record AssistantMessage(String text, List<ToolCall> toolCalls) implements Message {
    public AssistantMessage {
      toolCalls = List.copyOf(toolCalls);
    }

    /** An answer of text alone. */
    public static AssistantMessage ofText(String text) {
      return new AssistantMessage(text, List.of());
    }
  }

  /**
   * The result of the tool call {@code callId}, as text; {@code error} says the call failed and the
   * content explains why, so that the model can correct itself.
   */
  record ToolResultMessage(String callId, String toolName, String content, boolean error)
      implements Message {}
}
