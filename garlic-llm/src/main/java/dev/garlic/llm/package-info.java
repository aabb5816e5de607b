/** garlic-llm: see shared/ARCHITECTURE.md. */
@NullMarked
package dev.garlic.llm;

import org.jspecify.annotations.NullMarked;
