/**
 * What analysis engines report: {@link dev.garlic.protocol.finding.Finding}s with a CWE, a severity
 * and, for taint findings, the trace from source to sink.
 */
@NullMarked
package dev.garlic.protocol.finding;

import org.jspecify.annotations.NullMarked;
