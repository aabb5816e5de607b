/**
 * PIT mutation scores of target classes for a set of test classes, run in a child JVM ({@link
 * dev.garlic.testgen.mutation.MutationTester}).
 */
@NullMarked
package dev.garlic.testgen.mutation;

import org.jspecify.annotations.NullMarked;
