/** Running a task end to end: worktree, model, tools, one agent turn. */
@NullMarked
package dev.garlic.agent.exec;

import org.jspecify.annotations.NullMarked;
