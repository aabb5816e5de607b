/** How an audit is shown: text for people, SARIF 2.1.0 for code-scanning tools. */
@NullMarked
package dev.garlic.audit.report;

import org.jspecify.annotations.NullMarked;
