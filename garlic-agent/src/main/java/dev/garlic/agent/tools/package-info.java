/**
 * The agent's built-in tools: reading and listing files, writing and patching them, running shell
 * commands, git, and the plan. Every path argument is relative to the workspace root and may not
 * leave it; see {@link dev.garlic.agent.tools.CoreEngine}.
 */
@NullMarked
package dev.garlic.agent.tools;

import org.jspecify.annotations.NullMarked;
