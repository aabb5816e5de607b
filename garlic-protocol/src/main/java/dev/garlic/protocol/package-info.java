/** The messages between Garlic's core and its front ends: immutable records and enums, no logic. */
@NullMarked
package dev.garlic.protocol;

import org.jspecify.annotations.NullMarked;
