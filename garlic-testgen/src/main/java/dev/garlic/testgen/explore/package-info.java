/**
 * Coverage-guided exploration of one class in a child JVM. {@link
 * dev.garlic.testgen.explore.Explorer} (host side) launches {@link
 * dev.garlic.testgen.explore.ExplorerMain} (child side) with the JaCoCo agent on the project's
 * class path; the child builds call sequences by reflection, keeps and extends the ones that reach
 * new probes, turns outcomes into assertions and documented contracts into checks, and writes one
 * JSON line per sequence. The host contains what goes wrong (timeouts, {@code System.exit}),
 * restarts the child past it, drops tests that touch the clock, randomness or the environment, and
 * assembles a {@link dev.garlic.testgen.model.GeneratedSuite}.
 */
@NullMarked
package dev.garlic.testgen.explore;

import org.jspecify.annotations.NullMarked;
