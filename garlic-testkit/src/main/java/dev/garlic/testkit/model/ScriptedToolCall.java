package dev.garlic.testkit.model;

/**
 * One tool call a scripted model makes. {@code argumentsJson} is sent as given, so a test can
 * script malformed arguments; where a protocol carries arguments as an object (Anthropic
 * non-streaming, Ollama) text that is not a JSON object is sent as a JSON string instead.
 */
public record ScriptedToolCall(String id, String name, String argumentsJson) {}
