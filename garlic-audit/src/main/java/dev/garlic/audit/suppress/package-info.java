/**
 * Why a finding does not count: {@code // garlic:ignore} comments in the code and the baseline file
 * of accepted findings.
 */
@NullMarked
package dev.garlic.audit.suppress;

import org.jspecify.annotations.NullMarked;
