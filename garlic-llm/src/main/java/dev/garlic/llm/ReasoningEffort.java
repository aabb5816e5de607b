package dev.garlic.llm;

/** How hard a reasoning model should think before answering; more effort costs more tokens. */
public enum ReasoningEffort {
  LOW,
  MEDIUM,
  HIGH
}
