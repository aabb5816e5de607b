package dev.garlic.agent.exec;

import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.loop.AgentConfig;
import dev.garlic.agent.loop.AgentSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.loop.Verifier;
import dev.garlic.agent.models.ConfiguredModels;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.agent.usage.SqliteUsageLedger;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.agent.verify.VerifyEngine;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ModelRef;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.usage.UsageTotal;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Engines;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Tool;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.git.TaskWorktree;
import dev.garlic.workspace.git.TaskWorktrees;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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

  /** The initial code context takes at most this share of the model's window... */
  private static final double CONTEXT_SHARE = 0.05;

  /** ...and at most this many tokens: enough to start, cheap to carry on every call... */
  private static final int MAX_CONTEXT_TOKENS = 8_000;

  /** ...but never less than the context packer accepts. */
  private static final int MIN_CONTEXT_TOKENS = 1_000;

  /**
   * How to run the session.
   *
   * @param title the worktree's title (first line of the task, say)
   * @param maxSteps the most model calls one turn may make
   * @param approvals which tool calls run without asking
   * @param approver who is asked when the policy wants a person
   * @param budget the most the session may spend
   */
  public record Options(
      String title, int maxSteps, ApprovalPolicy approvals, Approver approver, Budget budget) {

    public Options {
      if (maxSteps < 1) {
        throw GarlicException.usage("the step limit must be at least 1, was " + maxSteps);
      }
    }

    /** Options with the default step limit, no budget and nobody to ask. */
    public static Options of(String title, ApprovalPolicy approvals) {
      return new Options(
          title, AgentConfig.DEFAULT_MAX_STEPS, approvals, Approver.DENY_ALL, Budget.UNLIMITED);
    }
  }

  private final TaskWorktree worktree;
  private final ModelRef model;
  private final ConfiguredModels models;
  private final UsageRecorder usage;
  private final AgentSession session;
  private final AtomicReference<CompletableFuture<Event.TurnComplete>> turn =
      new AtomicReference<>(new CompletableFuture<>());
  private final AtomicReference<Event.@Nullable Verified> verified = new AtomicReference<>();

  private TaskSession(
      TaskWorktree worktree,
      ModelRef model,
      ConfiguredModels models,
      UsageRecorder usage,
      AgentSession session) {
    this.worktree = worktree;
    this.model = model;
    this.models = models;
    this.usage = usage;
    this.session = session;
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
    TaskWorktrees worktrees = TaskWorktrees.open(repo);
    ConfiguredModels models = new ConfiguredModels(setup, env, ConnectionSettings.DEFAULT);
    try {
      ModelProvider client = models.client(model);
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
              .withApprovals(options.approvals().withApprover(options.approver()))
              .withBudget(options.budget());
      Engines engines = Engines.discover(TaskSession.class.getClassLoader());
      List<Tool> tools = engines.tools();
      long window = setup.catalog().info(model).contextWindow();
      int contextBudget =
          (int) Math.clamp(window * CONTEXT_SHARE, MIN_CONTEXT_TOKENS, MAX_CONTEXT_TOKENS);
      AtomicReference<TaskSession> self = new AtomicReference<>();
      AgentSession session =
          AgentSession.builder(
                  worktree.id(),
                  agent,
                  client,
                  setup.catalog(),
                  tools,
                  context,
                  usage,
                  event -> {
                    events.accept(event);
                    if (event instanceof Event.TurnStarted) {
                      self.get().verified.set(null);
                    } else if (event instanceof Event.Verified check) {
                      self.get().verified.set(check);
                    } else if (event instanceof Event.TurnComplete complete) {
                      self.get().turn.getAndSet(new CompletableFuture<>()).complete(complete);
                    }
                  })
              .models(models)
              .context(IndexContext.from(tools, contextBudget))
              .verifier(verifier(engines, worktree))
              .build();
      TaskSession task = new TaskSession(worktree, model, models, usage, session);
      self.set(task);
      session.start();
      return task;
    } catch (RuntimeException e) {
      models.close();
      throw e;
    }
  }

  /**
   * The gate over the task's changes since its base, reusing the model's own test runs when the
   * {@code verify} engine is on the class path (it offers {@code run_tests}); without it, turns end
   * unverified and say so.
   */
  private static Verifier verifier(Engines engines, TaskWorktree worktree) {
    return engines.all().stream()
        .filter(VerifyEngine.class::isInstance)
        .map(VerifyEngine.class::cast)
        .findFirst()
        .<Verifier>map(engine -> new GateVerifier(worktree.base(), engine.log()))
        .orElse(Verifier.NONE);
  }

  /** The worktree (and branch) the session works in; its id is the task's and session's id. */
  public TaskWorktree worktree() {
    return worktree;
  }

  /** The model the session started with. */
  public ModelRef model() {
    return model;
  }

  /** Tokens, cost and compute units of the session so far. */
  public UsageTotal usage() {
    return usage.total();
  }

  /**
   * The last verification of the latest turn, or empty when it ran none (it changed no files, ran
   * in Reflex mode, or no verifier applies).
   */
  public Optional<Event.Verified> lastVerification() {
    return Optional.ofNullable(verified.get());
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
        models.close();
      }
    }
  }
}
