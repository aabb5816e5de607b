package dev.garlic.cli.interactive;

import dev.garlic.agent.exec.TaskSession;
import dev.garlic.protocol.usage.UsageTotal;
import java.util.Locale;

/** The usage line of {@code /cost} and the lines printed when the session ends. */
final class Summary {

  private Summary() {}

  /** {@code tokens: 1,200 in (1,000 cached), 80 out; $0.0123; 0.45 CU}. */
  static String usage(UsageTotal total) {
    return String.format(
        Locale.ROOT,
        "tokens: %,d in (%,d cached), %,d out; $%.4f; %.2f CU",
        total.inputTokens(),
        total.cachedInputTokens(),
        total.outputTokens(),
        total.costUsd(),
        total.computeUnits());
  }

  /** What the user needs after leaving: usage, the branch, and how to review, apply or resume. */
  static String farewell(TaskSession.Place task, UsageTotal total) {
    String id = task.id();
    return "session "
        + id
        + " ended; its changes are on branch "
        + task.branch()
        + "\n  "
        + usage(total)
        + "\n  review: garlic diff "
        + id
        + "   apply: garlic apply "
        + id
        + "   resume: garlic resume "
        + id
        + "\n";
  }
}
