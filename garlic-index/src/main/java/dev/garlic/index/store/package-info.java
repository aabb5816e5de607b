/**
 * The on-disk Lucene index behind {@code dev.garlic.index.CodeIndex}: document layout, the
 * identifier-aware analyzer, incremental updates and recovery from unreadable indexes. Internal to
 * garlic-index; other modules use {@code CodeIndex} and {@code IndexSnapshot}.
 */
@NullMarked
package dev.garlic.index.store;

import org.jspecify.annotations.NullMarked;
