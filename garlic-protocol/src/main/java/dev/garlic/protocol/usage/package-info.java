/** What model calls and tool work cost: tokens as reported, money and compute units. */
@NullMarked
package dev.garlic.protocol.usage;

import org.jspecify.annotations.NullMarked;
