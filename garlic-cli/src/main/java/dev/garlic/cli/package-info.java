/**
 * The {@code garlic} command: parses arguments with picocli, calls the tools engines provide, and
 * prints their results for humans or as JSON. The only package of Garlic that writes to stdout and
 * stderr; it holds no engine logic.
 */
@NullMarked
package dev.garlic.cli;

import org.jspecify.annotations.NullMarked;
