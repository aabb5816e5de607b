/**
 * The sandbox commands run in: {@link dev.garlic.agent.sandbox.SandboxMode the modes}, the
 * bubblewrap probe, and {@link dev.garlic.agent.sandbox.SandboxedRunner}, a {@link
 * dev.garlic.spi.exec.CommandRunner} that runs each command under bubblewrap with a read-only root,
 * a writable worktree, protected git metadata, a hidden home directory, no network and a filtered
 * environment. See {@code docs/sandbox.md}.
 */
@NullMarked
package dev.garlic.agent.sandbox;

import org.jspecify.annotations.NullMarked;
