package dev.garlic.audit;

import dev.garlic.protocol.finding.Severity;

/**
 * One rule of the audit: its id (what {@code --rules} and suppressions name), its CWE, its default
 * severity, a title and the safe alternative that every finding of it carries.
 */
public record Rule(String id, String cwe, Severity severity, String title, String remediation) {}
