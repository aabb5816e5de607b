package dev.garlic.agent.approval;

/**
 * One tool call put to the user.
 *
 * @param tool the tool's name
 * @param command what the call does in one line: the command line for {@code shell}, else the tool
 *     and its main argument
 * @param reason why the policy asks: for example "not in the allow list" or "failed in the sandbox;
 *     run it without?"
 * @param sandboxed whether the call would run inside the sandbox if approved
 */
public record ApprovalRequest(String tool, String command, String reason, boolean sandboxed) {}
