/**
 * The audit's tools for users and agents: {@code audit}, {@code audit_file}, {@code audit_diff}.
 */
@NullMarked
package dev.garlic.audit.tools;

import org.jspecify.annotations.NullMarked;
