package dev.garlic.agent.loop;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.approval.CommandRules;
import dev.garlic.agent.approval.Gatekeeper;
import dev.garlic.agent.sandbox.Sandbox;
import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import java.util.Objects;

/**
 * How a session's tool calls are approved and confined: the {@link ApprovalMode} ({@code
 * untrusted}, {@code on-request}, {@code on-failure}, {@code never}), the allow and deny {@link
 * CommandRules}, the {@link Sandbox} commands run in, and the {@link Approver} that answers when
 * the mode asks ({@link Approver#DENY_ALL} unless a front end with a person gives its own). The
 * dispatcher puts every command a tool runs, and every call of a tool that changes files itself, to
 * it; see {@code docs/sandbox.md}. Immutable and thread-safe.
 */
public final class ApprovalPolicy {

  /** Never asks; commands run in the default sandbox (workspace-write, no network). */
  public static final ApprovalPolicy NEVER_ASK =
      new ApprovalPolicy(
          ApprovalMode.NEVER,
          CommandRules.NONE,
          Sandbox.of(SandboxMode.WORKSPACE_WRITE),
          Approver.DENY_ALL);

  private final ApprovalMode mode;
  private final CommandRules rules;
  private final Sandbox sandbox;
  private final Approver approver;

  public ApprovalPolicy(ApprovalMode mode, CommandRules rules, Sandbox sandbox, Approver approver) {
    this.mode = Objects.requireNonNull(mode);
    this.rules = Objects.requireNonNull(rules);
    this.sandbox = Objects.requireNonNull(sandbox);
    this.approver = Objects.requireNonNull(approver);
  }

  /**
   * The policy named {@code name} ({@code untrusted}, {@code on-request}, {@code on-failure} or
   * {@code never}) with no rules, the default sandbox and nobody to ask.
   *
   * @throws GarlicException (config) for any other name
   */
  public static ApprovalPolicy of(String name) {
    return NEVER_ASK.withMode(ApprovalMode.parse(name));
  }

  /**
   * The policy {@code settings} describe: {@code approval.policy}, {@code approval.allow}, {@code
   * approval.deny} and the {@code sandbox.*} keys, with nobody to ask.
   *
   * @throws GarlicException (config) for an unknown policy or mode, or a malformed rule
   */
  public static ApprovalPolicy from(Settings settings) {
    return new ApprovalPolicy(
        ApprovalMode.parse(
            settings.string(ApprovalMode.KEY, ApprovalMode.ON_REQUEST.configName()).strip()),
        CommandRules.from(settings),
        Sandbox.from(settings),
        Approver.DENY_ALL);
  }

  /** The policy's name as the configuration spells it. */
  public String name() {
    return mode.configName();
  }

  public ApprovalMode mode() {
    return mode;
  }

  public CommandRules rules() {
    return rules;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  public Approver approver() {
    return approver;
  }

  /** The decisions of this policy's mode and rules. */
  public Gatekeeper gatekeeper() {
    return new Gatekeeper(mode, rules);
  }

  public ApprovalPolicy withMode(ApprovalMode mode) {
    return new ApprovalPolicy(mode, rules, sandbox, approver);
  }

  public ApprovalPolicy withRules(CommandRules rules) {
    return new ApprovalPolicy(mode, rules, sandbox, approver);
  }

  public ApprovalPolicy withSandbox(Sandbox sandbox) {
    return new ApprovalPolicy(mode, rules, sandbox, approver);
  }

  public ApprovalPolicy withSandbox(SandboxMode sandboxMode) {
    return withSandbox(sandbox.withMode(sandboxMode));
  }

  public ApprovalPolicy withApprover(Approver approver) {
    return new ApprovalPolicy(mode, rules, sandbox, approver);
  }

  @Override
  public String toString() {
    return name() + " (sandbox " + sandbox.mode() + ")";
  }
}
