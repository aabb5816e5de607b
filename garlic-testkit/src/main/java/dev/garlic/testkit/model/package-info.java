/**
 * A scripted model server on loopback that answers in the real OpenAI Chat Completions, OpenAI
 * Responses, Anthropic Messages and Ollama wire formats, streaming included, so model clients are
 * tested against the bytes the real services send.
 */
@NullMarked
package dev.garlic.testkit.model;

import org.jspecify.annotations.NullMarked;
