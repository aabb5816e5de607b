package dev.garlic.llm;

/**
 * A call of a tool requested by a model: the provider's call id (answered by a {@link
 * Message.ToolResultMessage} with the same id), the tool's name and its arguments as the JSON text
 * the model wrote, which may be malformed; callers validate it.
 */
public record ToolCall(String id, String name, String argumentsJson) {}
