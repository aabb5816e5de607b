package dev.garlic.agent.loop;

import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.GarlicException;

/**
 * Decides whether a tool call may run without asking the user. Only {@linkplain ToolSpec#mutating()
 * mutating} tools are put to the policy; read-only tools always run. Implementations are
 * thread-safe.
 */
public interface ApprovalPolicy {

  /** Runs every tool without asking. */
  ApprovalPolicy NEVER_ASK = named("never", true);

  /** Refuses every mutating tool; the model is told so and can say what it would have done. */
  ApprovalPolicy DENY_MUTATING = named("deny-mutating", false);

  /**
   * Approves the tools that cannot reach outside the workspace (file, patch and git tools check
   * every path) and refuses {@code shell}, which runs commands without a sandbox until bubblewrap
   * support lands. The default for {@code garlic exec}.
   */
  ApprovalPolicy CONFINED =
      new ApprovalPolicy() {
        @Override
        public String name() {
          return "confined";
        }

        @Override
        public boolean approves(ToolSpec tool, String argumentsJson) {
          return !tool.name().equals("shell");
        }

        @Override
        public String toString() {
          return name();
        }
      };

  /** The policy's name as the configuration spells it. */
  String name();

  /** Whether the mutating tool {@code tool} may run with {@code argumentsJson}. */
  boolean approves(ToolSpec tool, String argumentsJson);

  /**
   * The policy named {@code name}: {@code never} or {@code deny-mutating}.
   *
   * @throws GarlicException with code {@code CONFIG} for any other name
   */
  static ApprovalPolicy of(String name) {
    return switch (name) {
      case "never" -> NEVER_ASK;
      case "deny-mutating" -> DENY_MUTATING;
      case "confined" -> CONFINED;
      default ->
          throw GarlicException.config(
              "unknown approval policy \"" + name + "\"; use never, confined or deny-mutating");
    };
  }

  private static ApprovalPolicy named(String name, boolean approves) {
    return new ApprovalPolicy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean approves(ToolSpec tool, String argumentsJson) {
        return approves;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
