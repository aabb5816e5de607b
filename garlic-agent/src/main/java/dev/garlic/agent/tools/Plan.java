package dev.garlic.agent.tools;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The agent's current plan for a task: ordered steps with their status, and why it last changed.
 *
 * @param steps the steps in order
 * @param explanation what changed and why, as the model said it; null when not given
 */
public record Plan(List<Plan.Step> steps, @Nullable String explanation) {

  public Plan {
    steps = List.copyOf(steps);
  }

  /** Where a step stands. */
  public enum Status {
    PENDING,
    IN_PROGRESS,
    DONE;

    /** The spelling used in tool arguments: {@code pending}, {@code in_progress}, {@code done}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One step: what to do and where it stands. */
  public record Step(String text, Status status) {}

  /** The plan as a checklist: {@code [x]} done, {@code [>]} in progress, {@code [ ]} pending. */
  public String render() {
    long done = steps.stream().filter(s -> s.status() == Status.DONE).count();
    StringBuilder out = new StringBuilder("plan (");
    out.append(done).append('/').append(steps.size()).append(" done):\n");
    for (Step step : steps) {
      String box =
          switch (step.status()) {
            case DONE -> "[x] ";
            case IN_PROGRESS -> "[>] ";
            case PENDING -> "[ ] ";
          };
      out.append(box).append(step.text()).append('\n');
    }
    if (explanation != null && !explanation.isBlank()) {
      out.append("why: ").append(explanation.strip()).append('\n');
    }
    return out.toString();
  }
}
