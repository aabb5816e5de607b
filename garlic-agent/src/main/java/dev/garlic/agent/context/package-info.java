/**
 * What the model is told besides the conversation, and how that survives a long session: {@link
 * dev.garlic.agent.context.AgentsMd} instructions, {@link dev.garlic.agent.context.Skills}, the
 * user's stated {@link dev.garlic.agent.context.Constraint}s (extracted by {@link
 * dev.garlic.agent.context.ConstraintExtractor}, enforced on every write through a {@link
 * dev.garlic.agent.context.ConstraintSet}), the {@link dev.garlic.agent.context.PinnedContext} kept
 * verbatim, and the {@link dev.garlic.agent.context.Compactor} that summarises older turns before
 * the context window fills. See {@code docs/context.md}.
 */
@NullMarked
package dev.garlic.agent.context;

import org.jspecify.annotations.NullMarked;
