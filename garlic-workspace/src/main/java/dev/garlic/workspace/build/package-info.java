/**
 * What the build says about a workspace: its build system, modules, source roots, the pairing of
 * tests with the code they test, and the dependency classpath.
 */
@NullMarked
package dev.garlic.workspace.build;

import org.jspecify.annotations.NullMarked;
