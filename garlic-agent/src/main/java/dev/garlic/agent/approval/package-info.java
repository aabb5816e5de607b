/** Approval of tool calls: policies, allow and deny rules, and the question put to the user. */
@NullMarked
package dev.garlic.agent.approval;

import org.jspecify.annotations.NullMarked;
