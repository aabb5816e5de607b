/**
 * Ranking code for a model: the repository map (PageRank over the reference graph), locating the
 * files a task is about, and packing the code that matters into a token budget.
 */
@NullMarked
package dev.garlic.index.rank;

import org.jspecify.annotations.NullMarked;
