/**
 * The public API of a class under test as its source and bytecode describe it: methods with their
 * parameter names, documented and coded contracts ({@code @throws X if ...}, {@code
 * Objects.requireNonNull}, {@code if (...) throw}), nullness annotations, enum constants and
 * constants, the literals its comparisons use (boundary candidates), and the concrete
 * implementations of interfaces and abstract classes in the project. Reading runs on the host: the
 * source is parsed with the shared Java front end and the class files are read with ASM, so no code
 * under test is loaded. What is really callable is decided in the exploring child JVM by
 * reflection, which has to resolve every call there anyway.
 */
@NullMarked
package dev.garlic.testgen.api;

import org.jspecify.annotations.NullMarked;
