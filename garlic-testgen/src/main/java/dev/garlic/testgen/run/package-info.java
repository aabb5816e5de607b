/**
 * Verifies a rendered test class: compiles it in memory, runs it three times in fresh JVMs and
 * drops the tests that do not compile, fail, flake, time out or end the JVM ({@link
 * dev.garlic.testgen.run.TestVerifier}).
 */
@NullMarked
package dev.garlic.testgen.run;

import org.jspecify.annotations.NullMarked;
