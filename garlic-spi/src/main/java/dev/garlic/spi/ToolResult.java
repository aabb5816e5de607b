package dev.garlic.spi;

/**
 * The result of a tool call.
 *
 * @param value the structured result, a record of {@code garlic-protocol} that front ends render
 *     and serialise as JSON
 * @param text the same result as compact text, as given to a model
 */
public record ToolResult(Object value, String text) {}
