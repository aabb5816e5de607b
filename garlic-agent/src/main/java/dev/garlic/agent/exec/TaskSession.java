package dev.garlic.agent.exec;

import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.loop.AgentConfig;
import dev.garlic.agent.loop.AgentSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.tools.Plan;
import dev.garlic.agent.tools.PlanStore;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An agent session working in its own worktree of the user's repository, with the configured model,
 * every tool on the class path and a usage recorder: what {@code garlic exec} runs for one turn and
 * the interactive front end for many. The user's checkout is never touched; {@code garlic apply
 * <id>} brings the change back.
 *
 * <p>{@link #runTurn} submits an input and blocks until its turn completes; front ends that want to
 * drive the session themselves use {@link #submit} and watch the events. Close it to stop the
 * session and release the model client and the ledger; the worktree stays.
 */
public final class TaskSession implements AutoCloseable {

  /** The prompt every task starts from. */
  static final String SYSTEM_PROMPT =
      """
      You are Garlic, a coding agent working in a git worktree of the user's repository.
      Read the code before changing it; change it with apply_patch (or write_file for new \
      files); keep changes minimal and in the style of the surrounding code. Use search, \
      symbols, refs and context to find your way when they are available. When the task is \
      done, answer with a short summary of what you changed and what you did not verify.""";

  /**
   * How to run the session.
   *
   * @param title the worktree's title (first line of the task, say)
   * @param maxSteps the most model calls one turn may make
   * @param approvals which tool calls run without asking
   * @param approver who is asked when the policy wants a person
   */
  public record Options(String title, int maxSteps, ApprovalPolicy approvals, Approver approver) {

    public Options {
      if (maxSteps < 1) {
        throw GarlicException.usage("the step limit must be at least 1, was " + maxSteps);
      }
    }
  }

  private final TaskWorktree worktree;
  private final ModelRef model;
  private final ModelProvider client;
  private final UsageRecorder usage;
  private final AgentSession session;
  private final PlanStore plans;
  private final AtomicReference<CompletableFuture<Event.TurnComplete>> turn =
      new AtomicReference<>(new CompletableFuture<>());

  private TaskSession(
      TaskWorktree worktree,
      ModelRef model,
      ModelProvider client,
      UsageRecorder usage,
      AgentSession session,
      PlanStore plans) {
    this.worktree = worktree;
    this.model = model;
    this.client = client;
    this.usage = usage;
    this.session = session;
    this.plans = plans;
  }

  /**
   * Opens a session in a new worktree of the repository at {@code repo} and starts it.
   *
   * @param config the effective configuration of the repository
   * @param env the environment (API keys are read from it by name)
   * @param userHome the user's home directory (the usage ledger lives under it, or GARLIC_HOME)
   * @param reporter where warnings go
   * @param events receives every event of the session, in order, on the session's thread
   * @throws GarlicException if no model is configured, its key is missing, or {@code repo} is not a
   *     git repository; nothing is created then
   */
  public static TaskSession open(
      Path repo,
      Options options,
      Config config,
      Map<String, String> env,
      Path userHome,
      Reporter reporter,
      Consumer<Event> events) {
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
    ModelProvider client = connect(provider, env);
    try {
      TaskWorktree worktree = worktrees.create(null, options.title());
      UsageRecorder usage =
          UsageRecorder.open(
              SqliteUsageLedger.userFile(env, userHome), reporter, worktree.id(), worktree.id());
      EngineContext context =
          new EngineContext(
              worktree.path(), config, reporter, Cancellation.create(), new ProcessRunner());
      AgentConfig agent =
          AgentConfig.of(model, SYSTEM_PROMPT)
              .withMaxSteps(options.maxSteps())
              .withApprovals(options.approvals());
      Engines engines = Engines.discover(TaskSession.class.getClassLoader());
      PlanStore plans =
          engines.all().stream()
              .flatMap(e -> e instanceof CoreEngine core ? Stream.of(core.plans()) : Stream.of())
              .findFirst()
              .orElseGet(PlanStore::new);
      AtomicReference<TaskSession> self = new AtomicReference<>();
      AgentSession session =
          new AgentSession(
              worktree.id(),
              agent,
              client,
              setup.catalog(),
              engines.tools(),
              context,
              usage,
              event -> {
                events.accept(event);
                if (event instanceof Event.TurnComplete complete) {
                  self.get().turn.getAndSet(new CompletableFuture<>()).complete(complete);
                }
              });
      TaskSession task = new TaskSession(worktree, model, client, usage, session, plans);
      self.set(task);
      session.start();
      return task;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** The worktree (and branch) the session works in; its id is the task's and session's id. */
  public TaskWorktree worktree() {
    return worktree;
  }

  /** The model the session started with. */
  public ModelRef model() {
    return model;
  }

  /** The agent's current plan ({@code update_plan}), if it made one. */
  public Optional<Plan> plan() {
    return plans.current(worktree.path());
  }

  /** Tokens, cost and compute units of the session so far. */
  public UsageTotal usage() {
    return usage.total();
  }

  /** Hands {@code op} to the session (see {@link AgentSession#submit}). */
  public void submit(Op op) {
    session.submit(op);
  }

  /**
   * Runs one turn for {@code input} and waits for it to complete, passing a cancellation on to the
   * session as an interrupt (the turn then ends as interrupted).
   */
  public Event.TurnComplete runTurn(String input, Cancellation cancellation) {
    CompletableFuture<Event.TurnComplete> done = turn.get();
    session.submit(new Op.UserInput(input));
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

  @Override
  public void close() {
    try {
      session.close();
    } finally {
      try {
        usage.close();
      } finally {
        client.close();
      }
    }
  }

  private static ModelProvider connect(ProviderConfig provider, Map<String, String> env) {
    try {
      return ModelProviders.create(provider, env, ConnectionSettings.DEFAULT);
    } catch (ModelException e) {
      throw new GarlicException(e.error(), e);
    }
  }
}
