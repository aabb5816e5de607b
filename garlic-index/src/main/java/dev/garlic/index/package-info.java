/**
 * The persistent code index of a workspace ({@link dev.garlic.index.CodeIndex}), its read view
 * ({@link dev.garlic.index.IndexSnapshot}) and the engine that offers its tools.
 */
@NullMarked
package dev.garlic.index;

import org.jspecify.annotations.NullMarked;
