/**
 * Outlines of the non-Java languages through tree-sitter: one query file per language names the
 * definitions, references, imports and package of a file, and one engine turns the captures into an
 * {@link dev.garlic.workspace.outline.Outline}.
 */
@NullMarked
package dev.garlic.workspace.treesitter;

import org.jspecify.annotations.NullMarked;
