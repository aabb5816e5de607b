package dev.garlic.cli.interactive;

import dev.garlic.agent.approval.ApprovalRequest;
import dev.garlic.agent.approval.Approver;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks the person at the terminal whether a tool call may run: {@code y} once, {@code a} for the
 * rest of the session (the dispatcher remembers that), {@code n} or Enter to deny. Ctrl-C denies
 * and stops the turn; the end of input denies. Runs on the agent's thread while the REPL waits for
 * the turn, so it owns the console for that time; concurrent requests are asked one at a time.
 */
final class ApprovalPrompt implements Approver {

  static final String QUESTION = "  allow? [y] once, [a] always this session, [N] no: ";

  private final Console console;
  private final Style style;
  private final CurrentTurn turn;

  ApprovalPrompt(Console console, Style style, CurrentTurn turn) {
    this.console = console;
    this.style = style;
    this.turn = turn;
  }

  @Override
  public synchronized Decision ask(ApprovalRequest request) {
    console.startLine();
    console.print(
        style.warn("? ")
            + style.bold(request.tool())
            + " wants to run: "
            + request.command()
            + "\n");
    String where = request.sandboxed() ? "in the sandbox" : "without the sandbox";
    String why = request.reason().isBlank() ? where : request.reason() + "; " + where;
    console.print(style.dim("  " + why) + "\n");
    while (true) {
      String answer;
      try {
        answer = console.ask(QUESTION);
      } catch (Console.Interrupted e) {
        turn.interrupt();
        console.print(style.dim("  denied; stopping the turn") + "\n");
        return Decision.DENY;
      }
      if (answer == null) {
        return Decision.DENY;
      }
      Optional<Decision> decision = decision(answer);
      if (decision.isPresent()) {
        return decision.get();
      }
      console.print("  answer y, a or n\n");
    }
  }

  /** The decision an answer stands for: y/yes, a/always, n/no or nothing; empty otherwise. */
  static Optional<Decision> decision(String answer) {
    return switch (answer.strip().toLowerCase(Locale.ROOT)) {
      case "y", "yes" -> Optional.of(Decision.APPROVE_ONCE);
      case "a", "always" -> Optional.of(Decision.APPROVE_FOR_SESSION);
      case "n", "no", "" -> Optional.of(Decision.DENY);
      default -> Optional.empty();
    };
  }
}
