package dev.garlic.agent.exec;

import dev.garlic.agent.loop.AgentConfig;
import dev.garlic.agent.loop.AgentSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.agent.usage.SqliteUsageLedger;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.provider.ModelProviders;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.UsageTotal;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Engines;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.git.TaskWorktree;
import dev.garlic.workspace.git.TaskWorktrees;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs one task in words end to end, the way {@code garlic exec} does: a fresh worktree on branch
 * {@code garlic/<id>}, an agent session there with the configured model and every tool on the class
 * path, one turn until the model is done, the step limit is hit or the user interrupts. The user's
 * checkout is never touched; {@code garlic apply <id>} brings the change back.
 *
 * <p>Not yet: the verification gate (build and tests before "done"), sessions on disk. The result
 * says what was and was not verified.
 */
public final class TaskExecution {

  /** The prompt every task starts from. */
  static final String SYSTEM_PROMPT =
      """
      You are Garlic, a coding agent working in a git worktree of the user's repository.
      Read the code before changing it; change it with apply_patch (or write_file for new \
      files); keep changes minimal and in the style of the surrounding code. Use search, \
      symbols, refs and context to find your way when they are available. When the task is \
      done, answer with a short summary of what you changed and what you did not verify.""";

  /**
   * What a run produced.
   *
   * @param taskId the task (and worktree) id
   * @param branch the branch holding the change
   * @param worktree where the worktree is
   * @param reason why the turn ended
   * @param summary the model's last answer, or why it stopped
   * @param usage tokens, cost and compute units of the run
   */
  public record Result(
      String taskId,
      String branch,
      Path worktree,
      TurnEndReason reason,
      String summary,
      UsageTotal usage) {}

  private final Config config;
  private final Map<String, String> env;
  private final Path userHome;
  private final Reporter reporter;

  /**
   * @param config the effective configuration of the repository
   * @param env the environment (API keys are read from it by name)
   * @param userHome the user's home directory (the usage ledger lives under it, or GARLIC_HOME)
   * @param reporter where warnings go
   */
  public TaskExecution(Config config, Map<String, String> env, Path userHome, Reporter reporter) {
    this.config = config;
    this.env = env;
    this.userHome = userHome;
    this.reporter = reporter;
  }

  /**
   * Runs {@code task} in a new worktree of the repository at {@code repo}.
   *
   * @param maxSteps the most model calls the turn may make
   * @param approvals which tool calls run without asking
   * @param events receives every event of the session, in order, on the session's thread
   * @param cancellation cancels the run (the turn ends as interrupted)
   * @throws GarlicException if no model is configured, its key is missing, or {@code repo} is not a
   *     git repository; nothing is created then
   */
  public Result run(
      Path repo,
      String task,
      int maxSteps,
      ApprovalPolicy approvals,
      Consumer<Event> events,
      Cancellation cancellation) {
    ModelSetup setup = ModelSetup.from(config);
    ModelRef model =
        setup
            .deepModel()
            .orElseThrow(
                () ->
                    GarlicException.config(
                        "no model is configured; set model = \"PROVIDER/model-id\" in"
                            + " ~/.garlic/config.toml (see docs/cli.md, Models and providers)"));
    ProviderConfig provider =
        setup
            .provider(model.provider())
            .orElseThrow(() -> GarlicException.config("no provider '" + model.provider() + "'"));
    TaskWorktrees worktrees = TaskWorktrees.open(repo);
    try (ModelProvider client = connect(provider)) {
      TaskWorktree worktree = worktrees.create(null, title(task));
      try (UsageRecorder usage =
          UsageRecorder.open(
              SqliteUsageLedger.userFile(env, userHome), reporter, worktree.id(), worktree.id())) {
        Event.TurnComplete end =
            runTurn(
                worktree,
                client,
                setup,
                model,
                maxSteps,
                approvals,
                usage,
                task,
                events,
                cancellation);
        return new Result(
            worktree.id(),
            worktree.branch(),
            worktree.path(),
            end.reason(),
            end.summary(),
            usage.total());
      }
    }
  }

  private Event.TurnComplete runTurn(
      TaskWorktree worktree,
      ModelProvider client,
      ModelSetup setup,
      ModelRef model,
      int maxSteps,
      ApprovalPolicy approvals,
      UsageRecorder usage,
      String task,
      Consumer<Event> events,
      Cancellation cancellation) {
    CompletableFuture<Event.TurnComplete> done = new CompletableFuture<>();
    EngineContext context =
        new EngineContext(
            worktree.path(), config, reporter, Cancellation.create(), new ProcessRunner());
    AgentConfig agent =
        AgentConfig.of(model, SYSTEM_PROMPT).withMaxSteps(maxSteps).withApprovals(approvals);
    try (AgentSession session =
        new AgentSession(
            worktree.id(),
            agent,
            client,
            setup.catalog(),
            Engines.discover(TaskExecution.class.getClassLoader()).tools(),
            context,
            usage,
            event -> {
              events.accept(event);
              if (event instanceof Event.TurnComplete complete) {
                done.complete(complete);
              }
            })) {
      session.start();
      session.submit(new Op.UserInput(task));
      return await(done, session, cancellation);
    }
  }

  /** Waits for the turn, passing a cancellation on to the session as an interrupt. */
  private static Event.TurnComplete await(
      CompletableFuture<Event.TurnComplete> done, AgentSession session, Cancellation cancellation) {
    boolean interrupted = false;
    while (true) {
      try {
        return done.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (!interrupted && cancellation.isCancelled()) {
          session.submit(new Op.Interrupt());
          interrupted = true;
        }
      } catch (InterruptedException e) {
        session.submit(new Op.Interrupt());
        interrupted = true;
      } catch (ExecutionException e) {
        throw new IllegalStateException("the session failed", e.getCause());
      }
    }
  }

  private ModelProvider connect(ProviderConfig provider) {
    try {
      return ModelProviders.create(provider, env, ConnectionSettings.DEFAULT);
    } catch (ModelException e) {
      throw new GarlicException(e.error(), e);
    }
  }

  /** The first line of the task, shortened: the worktree's title and commit message. */
  static String title(String task) {
    String first = task.strip().lines().findFirst().orElse("task");
    return first.length() <= 72 ? first : first.substring(0, 71) + "…";
  }
}
