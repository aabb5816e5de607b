/**
 * The data passed between the stages of test generation, immutable records only: the project under
 * test ({@link dev.garlic.testgen.model.TargetProject}), a generated test as call steps and an
 * expected outcome ({@link dev.garlic.testgen.model.TestCase}), the suite generated for one class
 * ({@link dev.garlic.testgen.model.GeneratedSuite}), tests dropped and why, suspected bugs, and
 * coverage figures. Explorers produce these, the writer renders them as JUnit source, the runner
 * verifies them.
 */
@NullMarked
package dev.garlic.testgen.model;

import org.jspecify.annotations.NullMarked;
