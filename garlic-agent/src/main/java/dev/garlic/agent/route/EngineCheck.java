package dev.garlic.agent.route;

import java.util.Optional;

/**
 * Whether a deterministic engine tool serves a request on its own, and why or why not: {@code
 * "audit serves audit requests without a model"}, {@code "tool testgen is not installed"}, {@code
 * "repair needs a failing test"}, {@code "none configured for explain"}.
 *
 * @param tool the tool that applies, if one does
 * @param detail the reason, for the route's explanation
 */
public record EngineCheck(Optional<String> tool, String detail) {

  /** {@code tool} applies to {@code kind}. */
  public static EngineCheck applies(String tool, TaskKind kind) {
    return new EngineCheck(
        Optional.of(tool), tool + " serves " + kind.label() + " requests without a model");
  }

  /** No tool applies, because of {@code detail}. */
  public static EngineCheck none(String detail) {
    return new EngineCheck(Optional.empty(), detail);
  }
}
