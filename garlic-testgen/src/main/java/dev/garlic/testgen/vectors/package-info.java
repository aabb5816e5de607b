/**
 * Test vectors: for a parameter type, the inputs worth trying, each as a {@link
 * dev.garlic.testgen.vectors.Vector} that pairs its source form (a {@link
 * dev.garlic.testgen.model.Value} with a label) with a way to make the object at run time. One
 * {@link dev.garlic.testgen.vectors.VectorStrategy} per kind of type; {@link
 * dev.garlic.testgen.vectors.Vectors} asks them in order. These classes run in the exploring child
 * JVM, where the code under test is loaded.
 */
@NullMarked
package dev.garlic.testgen.vectors;

import org.jspecify.annotations.NullMarked;
