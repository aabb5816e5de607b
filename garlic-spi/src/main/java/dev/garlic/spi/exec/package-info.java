/**
 * Running commands on behalf of a tool: the request, the outcome, and the runner that an {@link
 * dev.garlic.spi.EngineContext} carries, which the agent backs with its sandbox.
 */
@NullMarked
package dev.garlic.spi.exec;

import org.jspecify.annotations.NullMarked;
