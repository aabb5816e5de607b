package dev.garlic.cli;

import dev.garlic.agent.exec.TaskExecution;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.UsageTotal;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The end of every agent run: what happened to the task, whether it was verified, where the change
 * is, what it cost, and how to continue. As text on stderr, or as one JSON object with {@code
 * --json}.
 */
final class RunReport {

  private RunReport() {}

  /** Exit status of a run: 0 only when the task finished and verification passed (or none). */
  static int exitCode(TaskExecution.Result result) {
    if (result.reason() == TurnEndReason.INTERRUPTED) {
      return 130;
    }
    return result.succeeded() ? 0 : 1;
  }

  static void print(Output output, PrintStream err, TaskExecution.Result result) {
    if (output.json()) {
      output.printJson(json(result));
      return;
    }
    String id = result.taskId();
    err.printf(Locale.ROOT, "%ngarlic: task %s %s%s%n", id, outcome(result), where(result));
    err.printf(Locale.ROOT, "  %s%n", verificationLine(result));
    err.printf(
        Locale.ROOT,
        "  review: garlic diff %s   apply: garlic apply %s   drop: garlic discard %s%n",
        id,
        id,
        id);
    err.printf(Locale.ROOT, "  %s%n", usageLine(result.usage()));
    err.printf(Locale.ROOT, "  continue: garlic resume %s%n", id);
    err.flush();
  }

  static String usageLine(UsageTotal u) {
    return String.format(
        Locale.ROOT,
        "tokens: %,d in (%,d cached), %,d out; $%.4f; %.2f CU",
        u.inputTokens(),
        u.cachedInputTokens(),
        u.outputTokens(),
        u.costUsd(),
        u.computeUnits());
  }

  private static Map<String, Object> json(TaskExecution.Result result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("task", result.taskId());
    json.put("session", result.taskId());
    json.put("branch", result.branch());
    json.put("worktree", result.worktree().toString());
    json.put("reason", result.reason());
    json.put("summary", result.summary());
    json.put("verified", result.verification() != null && result.succeeded());
    json.put(
        "verification",
        result.verification() == null
            ? null
            : Map.of(
                "status", result.verification().status(),
                "report", result.verification().report()));
    json.put("usage", result.usage());
    json.put("resume", "garlic resume " + result.taskId());
    return json;
  }

  private static String outcome(TaskExecution.Result result) {
    return switch (result.reason()) {
      case DONE -> "finished";
      case BUDGET -> "stopped: budget spent";
      case MAX_STEPS -> "stopped: step limit reached";
      case INTERRUPTED -> "interrupted";
      case ERROR -> "failed";
    };
  }

  private static String where(TaskExecution.Result result) {
    return result.branch() == null
        ? " in the copy " + result.worktree()
        : " on branch " + result.branch();
  }

  private static String verificationLine(TaskExecution.Result result) {
    var verification = result.verification();
    if (verification == null) {
      return "not verified: the run changed no files or ran in reflex mode";
    }
    String status =
        switch (verification.status()) {
          case "passed" -> "verified";
          case "failed" -> "verification FAILED";
          default -> "not verified";
        };
    return status + ": " + verification.report().lines().findFirst().orElse("");
  }
}
