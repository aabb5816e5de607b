/**
 * Garlic's configuration: TOML files of the user and the repository, {@code GARLIC_*} environment
 * variables and command-line flags, merged into one {@link dev.garlic.workspace.config.Config} that
 * remembers where each value came from.
 */
@NullMarked
package dev.garlic.workspace.config;

import org.jspecify.annotations.NullMarked;
