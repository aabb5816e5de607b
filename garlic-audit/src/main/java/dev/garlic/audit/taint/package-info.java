/**
 * The interprocedural taint analysis of {@code garlic audit}: {@link
 * dev.garlic.audit.taint.TaintCheck} follows untrusted input from sources to injection sinks
 * through method summaries, fields, collections and lambdas, as described by a {@link
 * dev.garlic.audit.taint.TaintSpec} read from YAML.
 */
@NullMarked
package dev.garlic.audit.taint;

import org.jspecify.annotations.NullMarked;
