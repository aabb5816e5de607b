/**
 * Queries over an index snapshot: full-text search with identifier-aware ranking, symbol lookup
 * (exact, prefix, camel-hump, fuzzy) and reference resolution.
 */
@NullMarked
package dev.garlic.index.search;

import org.jspecify.annotations.NullMarked;
