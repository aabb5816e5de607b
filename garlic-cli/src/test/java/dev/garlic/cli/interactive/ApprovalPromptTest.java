package dev.garlic.cli.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.agent.approval.ApprovalRequest;
import dev.garlic.agent.approval.Approver.Decision;
import dev.garlic.spi.Cancellation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ApprovalPromptTest {

  private static final ApprovalRequest REQUEST =
      new ApprovalRequest("shell", "mvn -q test", "not in the allow list", true);

  private static Decision answer(String input) throws IOException {
    try (DumbConsole terminal = new DumbConsole(input)) {
      return new ApprovalPrompt(terminal.console, new Style(false), new CurrentTurn()).ask(REQUEST);
    }
  }

  @Test
  void yApprovesOnce() throws IOException {
    assertThat(answer("y\n")).isEqualTo(Decision.APPROVE_ONCE);
  }

  @Test
  void aApprovesForTheSession() throws IOException {
    assertThat(answer("a\n")).isEqualTo(Decision.APPROVE_FOR_SESSION);
  }

  @Test
  void nDenies() throws IOException {
    assertThat(answer("n\n")).isEqualTo(Decision.DENY);
  }

  @Test
  void enterAloneDenies() throws IOException {
    assertThat(answer("\n")).isEqualTo(Decision.DENY);
  }

  @Test
  void theEndOfInputDenies() throws IOException {
    assertThat(answer("")).isEqualTo(Decision.DENY);
  }

  @Test
  void anUnclearAnswerIsAskedAgain() throws IOException {
    try (DumbConsole terminal = new DumbConsole("maybe\nYES\n")) {
      Decision decision =
          new ApprovalPrompt(terminal.console, new Style(false), new CurrentTurn()).ask(REQUEST);

      assertThat(decision).isEqualTo(Decision.APPROVE_ONCE);
      assertThat(terminal.output())
          .contains("? shell wants to run: mvn -q test")
          .contains("not in the allow list; in the sandbox")
          .contains("answer y, a or n");
    }
  }

  @Test
  void ctrlCDeniesAndStopsTheTurn() throws IOException {
    try (DumbConsole terminal = new DumbConsole("\u0003")) {
      CurrentTurn turn = new CurrentTurn();
      Cancellation cancellation = turn.begin();

      Decision decision = new ApprovalPrompt(terminal.console, new Style(false), turn).ask(REQUEST);

      assertThat(decision).isEqualTo(Decision.DENY);
      assertThat(cancellation.isCancelled()).isTrue();
    }
  }

  @Test
  void answersAreNotKeptInTheHistory() throws IOException {
    try (DumbConsole terminal = new DumbConsole("y\n")) {
      new ApprovalPrompt(terminal.console, new Style(false), new CurrentTurn()).ask(REQUEST);

      assertThat(terminal.console.historySize()).isZero();
    }
  }
}
