/**
 * {@code garlic test}: generates readable JUnit 5 suites for the public API of a project's classes.
 * The public API is read from source and the compiled classes, test vectors are chosen by type and
 * from the code's own literals, call sequences are explored in a separate JVM guided by coverage,
 * observed behaviour becomes assertions (documented contracts become checks, and a contradiction is
 * a suspected bug), and every emitted test is compiled and run three times in fresh JVMs before it
 * is kept. The data passed between these stages is in {@link dev.garlic.testgen.model}.
 */
@NullMarked
package dev.garlic.testgen;

import org.jspecify.annotations.NullMarked;
