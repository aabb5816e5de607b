/**
 * Renders generated {@link dev.garlic.testgen.model.TestCase}s of one class as a JUnit 5 source
 * file ({@link dev.garlic.testgen.write.JUnitWriter}).
 */
@NullMarked
package dev.garlic.testgen.write;

import org.jspecify.annotations.NullMarked;
