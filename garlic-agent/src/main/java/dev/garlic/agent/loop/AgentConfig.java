package dev.garlic.agent.loop;

import dev.garlic.llm.ModelRef;

/**
 * How an {@link AgentSession} runs its turns: the model it starts with, the system prompt, the most
 * model calls one turn may make, the output limit of each call, the approval policy for mutating
 * tools, and the session's budget. Immutable.
 */
public record AgentConfig(
    ModelRef model,
    String systemPrompt,
    int maxSteps,
    int maxOutputTokens,
    ApprovalPolicy approvals,
    Budget budget) {

  public static final int DEFAULT_MAX_STEPS = 50;
  public static final int DEFAULT_MAX_OUTPUT_TOKENS = 16_384;

  public AgentConfig {
    if (maxSteps <= 0) {
      throw new IllegalArgumentException("maxSteps must be positive: " + maxSteps);
    }
    if (maxOutputTokens <= 0) {
      throw new IllegalArgumentException("maxOutputTokens must be positive: " + maxOutputTokens);
    }
  }

  /** A configuration with the default limits that runs every tool without asking. */
  public static AgentConfig of(ModelRef model, String systemPrompt) {
    return new AgentConfig(
        model,
        systemPrompt,
        DEFAULT_MAX_STEPS,
        DEFAULT_MAX_OUTPUT_TOKENS,
        ApprovalPolicy.NEVER_ASK,
        Budget.UNLIMITED);
  }

  public AgentConfig withMaxSteps(int steps) {
    return new AgentConfig(model, systemPrompt, steps, maxOutputTokens, approvals, budget);
  }

  public AgentConfig withApprovals(ApprovalPolicy policy) {
    return new AgentConfig(model, systemPrompt, maxSteps, maxOutputTokens, policy, budget);
  }

  public AgentConfig withBudget(Budget limits) {
    return new AgentConfig(model, systemPrompt, maxSteps, maxOutputTokens, approvals, limits);
  }
}
