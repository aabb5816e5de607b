/**
 * The usage and cost ledger: what every model call, tool execution and piece of engine work used
 * (tokens as reported, US dollars, compute units), stored append-only and reported by group.
 */
@NullMarked
package dev.garlic.agent.usage;

import org.jspecify.annotations.NullMarked;
