package dev.garlic.agent.exec;

import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.context.AgentsMd;
import dev.garlic.agent.context.Compactor;
import dev.garlic.agent.context.ConstraintSet;
import dev.garlic.agent.context.ModelSummarizer;
import dev.garlic.agent.context.SessionContext;
import dev.garlic.agent.context.Skills;
import dev.garlic.agent.context.TokenEstimator;
import dev.garlic.agent.loop.AgentConfig;
import dev.garlic.agent.loop.AgentSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.models.ConfiguredModels;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.agent.route.RouterSettings;
import dev.garlic.agent.session.RestoredSession;
import dev.garlic.agent.session.SessionLog;
import dev.garlic.agent.session.SessionMeta;
import dev.garlic.agent.session.SessionStore;
import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.tools.Plan;
import dev.garlic.agent.tools.PlanStore;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.agent.tools.WriteGuard;
import dev.garlic.agent.usage.SqliteUsageLedger;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ConnectionSettings;
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
import dev.garlic.workspace.config.ConfigLoader;
import dev.garlic.workspace.copy.TaskCopies;
import dev.garlic.workspace.copy.TaskCopy;
import dev.garlic.workspace.git.TaskWorktree;
import dev.garlic.workspace.git.TaskWorktrees;
import java.nio.file.Path;
import java.time.Instant;
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
 * An agent session working in its own worktree of the user's repository: the configured models
 * (routed per request between Reflex and Deep), every tool on the class path, the verification
 * gate, a usage recorder and a session log under {@code ~/.garlic/sessions} that {@link #resume}
 * continues from. What {@code garlic exec} runs for one turn and the interactive front end for
 * many. The user's checkout is never touched; {@code garlic apply <id>} brings the change back.
 *
 * <p>{@link #runTurn} submits an input and blocks until its turn completes; front ends that drive
 * the session themselves use {@link #submit} and watch the events (do not mix the two). Close it to
 * stop the session and release the model clients, the ledger and the log; the worktree stays.
 */
public final class TaskSession implements AutoCloseable {

  /** The prompt every task starts from. */
  static final String SYSTEM_PROMPT =
      """
      You are Garlic, a coding agent working in a git worktree of the user's repository.
      Read the code before changing it; change it with apply_patch (or write_file for new \
      files); keep changes minimal and in the style of the surrounding code. Use search, \
      symbols, refs and context to find your way when they are available. Run the relevant \
      tests with run_tests before you finish. When the task is done, answer with a short \
      summary of what you changed and what you did not verify.""";

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
   * @param maxSteps the most model calls one turn may make, or 0 for the route's limit
   * @param approvals which tool calls run without asking, and in which sandbox
   * @param approver who is asked when the policy wants a person
   * @param budget the most the session may spend
   * @param mode {@code auto}, {@code reflex} or {@code deep}
   * @param command the command the requests come through ({@code fix}, ...), or null
   * @param noGit work on a copy of a directory that is not a git repository, instead of refusing
   */
  public record Options(
      String title,
      int maxSteps,
      ApprovalPolicy approvals,
      Approver approver,
      Budget budget,
      String mode,
      @Nullable String command,
      boolean noGit) {

    public Options {
      if (maxSteps < 0) {
        throw GarlicException.usage("the step limit must be at least 1, was " + maxSteps);
      }
      if (!AgentSession.MODES.contains(mode)) {
        throw GarlicException.usage("--mode must be reflex, deep or auto, was '" + mode + "'");
      }
    }

    /** These options with {@code asker} answering the calls the policy puts to a person. */
    public Options withApprover(Approver asker) {
      return new Options(title, maxSteps, approvals, asker, budget, mode, command, noGit);
    }

    /** Options with the route's step limit, no budget, auto mode and nobody to ask. */
    public static Options of(String title, ApprovalPolicy approvals) {
      return new Options(
          title, 0, approvals, Approver.DENY_ALL, Budget.UNLIMITED, "auto", null, false);
    }
  }

  /**
   * Where a task works: a git worktree on branch {@code garlic/<id>} started from {@code base}, or
   * (with {@code --no-git}) a copy of a plain directory, which has neither.
   *
   * @param id the task's (and session's) id
   * @param origin the user's repository or directory
   * @param path where the agent works
   * @param branch the task's branch; null for a copy
   * @param base the commit the task started from; null for a copy
   */
  public record Place(
      String id, Path origin, Path path, @Nullable String branch, @Nullable String base) {

    static Place of(TaskWorktree worktree, Path repository) {
      return new Place(
          worktree.id(), repository, worktree.path(), worktree.branch(), worktree.base());
    }

    static Place of(TaskCopy copy) {
      return new Place(copy.id(), copy.origin(), copy.path(), null, null);
    }

    /** True for a copy of a directory that is not a git repository. */
    public boolean isCopy() {
      return branch == null;
    }
  }

  private final Place place;
  private final ModelRef model;
  private final ConfiguredModels models;
  private final UsageRecorder usage;
  private final SessionLog log;
  private final AgentSession session;
  private final PlanStore plans;
  private final AtomicReference<CompletableFuture<Event.TurnComplete>> turn =
      new AtomicReference<>(new CompletableFuture<>());
  private final AtomicReference<Event.@Nullable Verified> verified = new AtomicReference<>();

  private TaskSession(
      Place place,
      ModelRef model,
      ConfiguredModels models,
      UsageRecorder usage,
      SessionLog log,
      AgentSession session,
      PlanStore plans) {
    this.place = place;
    this.model = model;
    this.models = models;
    this.usage = usage;
    this.log = log;
    this.session = session;
    this.plans = plans;
  }

  /**
   * Opens a session in a new worktree of the repository at {@code repo} and starts it.
   *
   * @param config the effective configuration of the repository
   * @param env the environment (API keys are read from it by name; GARLIC_HOME moves the ledger and
   *     the session logs)
   * @param userHome the user's home directory
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
    ModelRef model = SessionParts.startingModel(setup, options.mode());
    boolean copy = options.noGit() && !TaskWorktrees.isRepository(repo);
    TaskWorktrees worktrees = copy ? null : TaskWorktrees.open(repo);
    ConfiguredModels models = new ConfiguredModels(setup, env, ConnectionSettings.DEFAULT);
    try {
      models.client(model);
      Place place =
          worktrees == null
              ? Place.of(TaskCopies.open(repo).create(null, options.title(), reporter))
              : Place.of(worktrees.create(null, options.title()), worktrees.repository());
      SessionMeta meta =
          SessionMeta.of(
              place.id(),
              Instant.now(),
              place.origin(),
              place.path(),
              place.branch(),
              place.id(),
              model.toString(),
              options.mode(),
              options.title());
      SessionLog log = SessionLog.create(SessionStore.userDir(env, userHome), meta, reporter);
      return start(
          place, model, models, log, null, options, config, env, userHome, reporter, events);
    } catch (RuntimeException e) {
      models.close();
      throw e;
    }
  }

  /**
   * Continues the session {@code restored} was read from, in its worktree, with its conversation,
   * totals and event numbering; its log grows from where it ended.
   *
   * @throws GarlicException if the session's worktree is gone, no model is configured, or the log
   *     cannot be continued (another process has it open, it grew since it was read)
   */
  public static TaskSession resume(
      RestoredSession restored,
      Options options,
      Config config,
      Map<String, String> env,
      Path userHome,
      Reporter reporter,
      Consumer<Event> events) {
    SessionMeta meta = restored.meta();
    if (meta.taskId() == null) {
      throw GarlicException.input(
          "session " + meta.id() + " has no task worktree to continue in; start a new task");
    }
    Place place = find(meta.repoRoot(), meta.taskId());
    ModelSetup setup = ModelSetup.from(config);
    ModelRef model = SessionParts.resumedModel(setup, meta.model(), options.mode());
    ConfiguredModels models = new ConfiguredModels(setup, env, ConnectionSettings.DEFAULT);
    try {
      models.client(model);
      SessionLog log = SessionLog.resume(restored, reporter);
      return start(
          place, model, models, log, restored, options, config, env, userHome, reporter, events);
    } catch (RuntimeException e) {
      models.close();
      throw e;
    }
  }

  /** The worktree or copy of task {@code id} of {@code origin}. */
  private static Place find(Path origin, String id) {
    if (TaskWorktrees.isRepository(origin)) {
      TaskWorktrees worktrees = TaskWorktrees.open(origin);
      return Place.of(worktrees.find(id), worktrees.repository());
    }
    return Place.of(TaskCopies.open(origin).find(id));
  }

  private static TaskSession start(
      Place place,
      ModelRef model,
      ConfiguredModels models,
      SessionLog log,
      @Nullable RestoredSession restored,
      Options options,
      Config config,
      Map<String, String> env,
      Path userHome,
      Reporter reporter,
      Consumer<Event> events) {
    try {
      ModelSetup setup = models.setup();
      UsageRecorder usage =
          UsageRecorder.open(
              SqliteUsageLedger.userFile(env, userHome), reporter, place.id(), place.id());
      EngineContext context =
          new EngineContext(
              place.path(), config, reporter, Cancellation.create(), new ProcessRunner());
      AgentConfig agent =
          AgentConfig.of(model, SYSTEM_PROMPT)
              .withMaxSteps(
                  options.maxSteps() > 0 ? options.maxSteps() : AgentConfig.DEFAULT_MAX_STEPS)
              .withApprovals(options.approvals().withApprover(options.approver()))
              .withBudget(options.budget());
      Engines engines = Engines.discover(TaskSession.class.getClassLoader());
      PlanStore plans = new PlanStore();
      if (restored != null && restored.plan() != null) {
        plans.put(place.path(), restored.plan());
      }
      Path userDir = ConfigLoader.userDir(env, userHome);
      ConstraintSet constraints = new ConstraintSet();
      if (restored != null) {
        SessionParts.restated(restored.conversation()).forEach(constraints::addStatedIn);
      }
      SessionContext pinned =
          new SessionContext(
              AgentsMd.load(userDir, place.path(), place.path()),
              Skills.discover(place.path(), userDir),
              constraints,
              () -> plans.current(place.path()).map(Plan::render).orElse(null),
              new Compactor(
                  TokenEstimator.approximate(),
                  new ModelSummarizer(models.client(model), model.model(), new CancelToken()),
                  Compactor.Policy.DEFAULT));
      List<Tool> tools =
          SessionParts.tools(engines, new CoreEngine(plans, new WriteGuard(constraints)));
      tools.addAll(pinned.tools());
      long window = setup.catalog().info(model).contextWindow();
      int contextBudget =
          (int) Math.clamp(window * CONTEXT_SHARE, MIN_CONTEXT_TOKENS, MAX_CONTEXT_TOKENS);
      AtomicReference<TaskSession> self = new AtomicReference<>();
      AgentSession.Builder builder =
          AgentSession.builder(
                  place.id(),
                  agent,
                  models.client(model),
                  setup.catalog(),
                  tools,
                  context,
                  usage,
                  event -> {
                    log.event(event);
                    events.accept(event);
                    self.get().observe(event);
                  })
              .models(models)
              .mode(options.mode())
              .planner(
                  new RoutePlanner(
                      tools,
                      RouterSettings.from(config),
                      setup,
                      options.budget(),
                      options.command(),
                      options.maxSteps()))
              .context(IndexContext.from(tools, contextBudget))
              .verifier(SessionParts.verifier(engines, tools, place))
              .contextPolicy(pinned)
              .journal(log);
      if (restored != null) {
        builder.resume(
            restored.conversation(), restored.tokens(), restored.costUsd(), restored.lastSeq());
      }
      AgentSession session = builder.build();
      TaskSession task = new TaskSession(place, model, models, usage, log, session, plans);
      self.set(task);
      session.start();
      return task;
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  private void observe(Event event) {
    switch (event) {
      case Event.TurnStarted started -> verified.set(null);
      case Event.Verified check -> verified.set(check);
      case Event.TurnComplete complete ->
          turn.getAndSet(new CompletableFuture<>()).complete(complete);
      default -> {}
    }
  }

  /** Where the session works: a worktree on its own branch, or a copy. */
  public Place place() {
    return place;
  }

  /** The session's id: its task's, and its log's name under {@code ~/.garlic/sessions}. */
  public String id() {
    return place.id();
  }

  /** The model the session started with. */
  public ModelRef model() {
    return model;
  }

  /** Tokens, cost and compute units of this run of the session (a resumed one counts anew). */
  public UsageTotal usage() {
    return usage.total();
  }

  /** The plan the model keeps with {@code update_plan}, if it made one. */
  public Optional<Plan> plan() {
    return plans.current(place.path());
  }

  /** The session's log file. */
  public Path logFile() {
    return log.file();
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
      log.end("closed");
    } finally {
      try {
        log.close();
      } finally {
        try {
          usage.close();
        } finally {
          models.close();
        }
      }
    }
  }
}
