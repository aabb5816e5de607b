/**
 * JaCoCo line and branch coverage of target classes for a set of test classes, measured in a child
 * JVM ({@link dev.garlic.testgen.coverage.CoverageMeter}).
 */
@NullMarked
package dev.garlic.testgen.coverage;

import org.jspecify.annotations.NullMarked;
