package dev.garlic.cli;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.exec.TaskExecution;
import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.session.RestoredSession;
import dev.garlic.agent.session.SessionReplay;
import dev.garlic.agent.session.SessionStore;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code garlic resume [ID | --last] [PROMPT...]}: continues a session from its log, in its own
 * worktree, with its whole conversation. Without a prompt it picks up a turn the process did not
 * finish (killed, interrupted); with one it runs one more turn.
 */
@Command(
    name = "resume",
    description = {
      "Continue a session (garlic sessions lists them) in its worktree, with its conversation.",
      "Without PROMPT, finishes a turn that was cut short; with one, runs one more turn."
    })
final class ResumeCommand implements Callable<Integer> {

  static final String CONTINUE =
      "The session was stopped before you finished. Check the state of the workspace, then"
          + " continue the task where you left off.";

  private final Invocation invocation;

  @Parameters(
      arity = "0..*",
      paramLabel = "ID PROMPT",
      description = "The session id (or a unique prefix), then what to do next, in words.")
  List<String> words = new ArrayList<>();

  @Option(names = "--last", description = "Resume this repository's latest session.")
  boolean last;

  @Mixin AgentOptions agent;

  ResumeCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Config config = invocation.config(invocation.root());
    Io io = invocation.io();
    ConsoleReporter reporter = invocation.reporter(config);
    SessionStore store = new SessionStore(SessionStore.userDir(io.env(), io.home()), reporter);
    List<String> prompt = new ArrayList<>(words);
    Path file;
    if (last) {
      file =
          store
              .last(invocation.root())
              .orElseThrow(
                  () ->
                      GarlicException.input(
                          "no session of "
                              + invocation.root()
                              + " to resume; start one with garlic exec"));
    } else if (prompt.isEmpty()) {
      throw GarlicException.usage(
          "give a session id (garlic sessions lists them) or --last to resume the latest");
    } else {
      file = store.find(prompt.removeFirst());
    }
    RestoredSession restored = SessionReplay.restore(file);
    String input = String.join(" ", prompt).strip();
    if (input.isEmpty()) {
      if (!restored.lastTurnIncomplete()) {
        throw GarlicException.usage(
            "session "
                + restored.meta().id()
                + " finished its last turn; say what to do next: garlic resume "
                + restored.meta().id()
                + " \"...\"");
      }
      input = CONTINUE;
    }
    TaskSession.Options options =
        agent.session(
            config, restored.meta().title(), Approver.DENY_ALL, ApprovalMode.NEVER, null, false);
    Output output = invocation.output(config);
    EventPrinter printer = new EventPrinter(output, io.err());
    TaskExecution.Result result;
    try {
      result =
          new TaskExecution(config, io.env(), io.home(), reporter)
              .resume(restored, input, options, printer::print, invocation.cancellation());
    } finally {
      reporter.close();
    }
    RunReport.print(output, io.err(), result);
    return RunReport.exitCode(result);
  }
}
