/**
 * The test-generation engine's tools: {@code generate_tests} (the {@code garlic test} pipeline) and
 * {@code coverage_report} (line and branch coverage by the existing tests), registered in {@code
 * META-INF/services/dev.garlic.spi.Engine}.
 */
@NullMarked
package dev.garlic.testgen.tools;

import org.jspecify.annotations.NullMarked;
