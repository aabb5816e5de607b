/**
 * The one Java front end every engine shares: parsing with error recovery ({@link
 * dev.garlic.workspace.java.JavaFrontEnd}), optional symbol resolution, format-preserving edits
 * ({@link dev.garlic.workspace.java.JavaRewriter}) and the fast, classpath-free outline the index
 * stores ({@link dev.garlic.workspace.java.JavaOutlineExtractor}).
 */
@NullMarked
package dev.garlic.workspace.java;

import org.jspecify.annotations.NullMarked;
