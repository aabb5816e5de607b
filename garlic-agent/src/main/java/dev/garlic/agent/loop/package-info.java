/**
 * The agent loop: an {@link dev.garlic.agent.loop.AgentSession} takes ops, runs turns against a
 * model, dispatches the tools the model calls and emits events.
 */
@NullMarked
package dev.garlic.agent.loop;

import org.jspecify.annotations.NullMarked;
