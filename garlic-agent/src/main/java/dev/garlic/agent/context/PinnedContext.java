package dev.garlic.agent.context;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What must reach the model word for word however long the session runs: the user's stated
 * constraints, the AGENTS.md instructions, the current plan and the latest failing output. It is
 * rendered into the system prompt on every model call and never enters the conversation, so
 * compaction cannot summarise it away. Immutable; the session replaces it as the plan or the latest
 * failure changes.
 *
 * @param constraints the user's constraints, in the order stated
 * @param agents the AGENTS.md instructions
 * @param plan the current plan as text ({@code Plan.render()}); null when there is none
 * @param failingOutput the output of the latest failing command or test run, already capped by
 *     whoever captured it; null when the last run passed or nothing ran
 */
public record PinnedContext(
    List<Constraint> constraints,
    AgentsMd agents,
    @Nullable String plan,
    @Nullable String failingOutput) {

  public PinnedContext {
    constraints = List.copyOf(constraints);
  }

  /** Nothing pinned. */
  public static PinnedContext empty() {
    return new PinnedContext(List.of(), AgentsMd.none(), null, null);
  }

  public PinnedContext withConstraints(List<Constraint> newConstraints) {
    return new PinnedContext(newConstraints, agents, plan, failingOutput);
  }

  public PinnedContext withAgents(AgentsMd newAgents) {
    return new PinnedContext(constraints, newAgents, plan, failingOutput);
  }

  public PinnedContext withPlan(@Nullable String newPlan) {
    return new PinnedContext(constraints, agents, newPlan, failingOutput);
  }

  public PinnedContext withFailingOutput(@Nullable String output) {
    return new PinnedContext(constraints, agents, plan, output);
  }

  /**
   * The pinned items as text for the end of the system prompt, each verbatim under its own heading;
   * empty when nothing is pinned.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(agents.render());
    if (!constraints.isEmpty()) {
      section(out, "The user's constraints");
      out.append(
          "The user stated these; they hold for the whole session, even when earlier messages"
              + " have been summarised. Writes that break a checked one are refused.\n");
      for (Constraint c : constraints) {
        out.append("- ").append(c.text()).append('\n');
      }
    }
    if (plan != null && !plan.isBlank()) {
      section(out, "Current plan");
      out.append(plan.strip()).append('\n');
    }
    if (failingOutput != null && !failingOutput.isBlank()) {
      section(out, "Latest failing output");
      out.append("```\n").append(failingOutput.strip()).append("\n```\n");
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title) {
    if (!out.isEmpty()) {
      out.append('\n');
    }
    out.append("# ").append(title).append('\n');
  }
}
