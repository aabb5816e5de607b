/** What git knows about a workspace: whether it is a repository and how recently files changed. */
@NullMarked
package dev.garlic.workspace.git;

import org.jspecify.annotations.NullMarked;
