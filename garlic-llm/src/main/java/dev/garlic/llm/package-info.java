/**
 * Talking to language models: the conversation model ({@link dev.garlic.llm.Message}, {@link
 * dev.garlic.llm.ChatRequest}, {@link dev.garlic.llm.ChatResponse}), the {@link
 * dev.garlic.llm.ModelProvider} interface, provider configuration, retries and cancellation, and
 * the {@link dev.garlic.llm.ModelCatalog} of context windows and prices. Implementations live in
 * {@code dev.garlic.llm.provider}.
 */
@NullMarked
package dev.garlic.llm;

import org.jspecify.annotations.NullMarked;
