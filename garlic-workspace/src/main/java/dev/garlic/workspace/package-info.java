/**
 * The project model every engine shares: walking files, the build and classpath, the Java front
 * end, outlines of other languages, configuration and git.
 */
@NullMarked
package dev.garlic.workspace;

import org.jspecify.annotations.NullMarked;
