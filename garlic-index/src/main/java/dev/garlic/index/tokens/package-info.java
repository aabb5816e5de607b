/** Counting tokens the way model providers do, to fit code into a model's context budget. */
@NullMarked
package dev.garlic.index.tokens;

import org.jspecify.annotations.NullMarked;
