/**
 * The agent's submission and event queues: {@link dev.garlic.protocol.agent.Op}s go in, {@link
 * dev.garlic.protocol.agent.Event}s come out. The command line, the server and tests drive a
 * session only through these records.
 */
@NullMarked
package dev.garlic.protocol.agent;

import org.jspecify.annotations.NullMarked;
