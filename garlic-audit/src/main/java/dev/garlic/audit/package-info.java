/**
 * {@code garlic audit}: security analysis of Java source. {@link dev.garlic.audit.Check}s (the
 * interprocedural taint analysis and the checks that need no taint) run over an {@link
 * dev.garlic.audit.AuditProject} and report {@link dev.garlic.protocol.finding.Finding}s of the
 * rules in the {@link dev.garlic.audit.RuleCatalog}.
 */
@NullMarked
package dev.garlic.audit;

import org.jspecify.annotations.NullMarked;
