/** garlic-agent: see shared/ARCHITECTURE.md. */
@NullMarked
package dev.garlic.agent;

import org.jspecify.annotations.NullMarked;
