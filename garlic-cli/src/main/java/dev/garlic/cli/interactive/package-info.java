/**
 * The interactive session that {@code garlic} alone starts on a terminal: a line editor with
 * history and multi-line input (JLine), the agent's answer streamed as it arrives, approval
 * prompts, and slash commands ({@code /help} lists them). The REPL logic ({@link
 * dev.garlic.cli.interactive.Repl}, the parser, the renderer, the approval prompt) talks to a
 * {@link dev.garlic.cli.interactive.Console}; only {@link dev.garlic.cli.interactive.JLineConsole}
 * knows JLine, so tests drive the whole session through a dumb terminal over piped streams.
 */
@NullMarked
package dev.garlic.cli.interactive;

import org.jspecify.annotations.NullMarked;
