package dev.garlic.agent.loop;

import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.Message;
import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelProvider;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One conversation between a user and a model that uses tools: {@link Op}s go in through {@link
 * #submit}, {@link Event}s come out through the sink given at construction. Turns run one at a time
 * on the session's own thread, in the order their {@link Op.UserInput}s were submitted; each runs
 * until the model answers without calling tools or {@link AgentConfig#maxSteps()} model calls have
 * been made. Events reach the sink on the session's thread, in sequence order; the sink must be
 * quick and must not throw.
 *
 * <p>{@link Op.Interrupt} acts at once, not in queue order: it cancels the model call or tool in
 * flight and the turn ends with {@link TurnEndReason#INTERRUPTED}; the conversation stays
 * consistent, so the next input continues it. An interrupt while no turn is running does nothing.
 * {@link Op.Shutdown} interrupts the turn in flight, drops queued inputs and ends the thread.
 *
 * <p>Tool calls go through one dispatcher that gates mutating tools by {@link
 * AgentConfig#approvals()} and turns every failure a model can cause into a tool error it is shown.
 * Every model call and tool call is recorded with the {@link UsageRecorder}. The session does not
 * own the provider or the recorder: the caller closes them after {@link #close()}. {@link #submit}
 * and {@link #close} are thread-safe.
 */
public final class AgentSession implements AutoCloseable {

  /** The modes a session can be set to ({@link Op.SetMode}). */
  public static final List<String> MODES = List.of("auto", "reflex", "deep");

  private final String id;
  private final TurnRunner runner;
  private final EventEmitter events;
  private final ModelBinder models;
  private String mode;
  private final BlockingQueue<Op> ops = new LinkedBlockingQueue<>();
  private final AtomicReference<@Nullable TurnControl> current = new AtomicReference<>();
  private final Thread thread;
  private volatile boolean shutdown;

  private AgentSession(Builder b) {
    this.id = b.id;
    this.events = new EventEmitter(b.id, b.events, b.resumed == null ? 0 : b.resumed.lastSeq());
    this.models = b.models;
    this.mode = b.mode;
    ToolDispatcher dispatcher =
        new ToolDispatcher(
            b.tools, b.config.approvals(), b.usage, ToolDispatcher.DEFAULT_MAX_ARGUMENT_CHARS);
    this.runner =
        new TurnRunner(
            b.config,
            b.provider,
            b.catalog,
            dispatcher,
            b.context,
            b.contextSource,
            b.verifier,
            b.journal,
            b.contextPolicy,
            b.planner,
            this::switchModel,
            b.usage,
            events);
    if (b.resumed != null) {
      runner.restore(b.resumed.conversation(), b.resumed.tokens(), b.resumed.costUsd());
    }
    this.thread = Thread.ofPlatform().name("garlic-session-" + b.id).unstarted(this::loop);
  }

  /**
   * A builder of a session with its required parts; {@link Builder#build()} makes the session,
   * which is not running until {@link #start()}. Without the optional parts it keeps its model,
   * starts in mode {@code auto}, pins nothing, verifies nothing and journals nothing.
   *
   * @param id the session id every event carries
   * @param tools the tools offered to the model; their names must be distinct
   * @param context the workspace root, settings, reporter and command runner tools run with; each
   *     turn gets its own cancellation
   * @param events receives every event of the session
   */
  public static Builder builder(
      String id,
      AgentConfig config,
      ModelProvider provider,
      ModelCatalog catalog,
      List<Tool> tools,
      EngineContext context,
      UsageRecorder usage,
      Consumer<Event> events) {
    return new Builder(id, config, provider, catalog, tools, context, usage, events);
  }

  private record Resumed(
      List<Message> conversation, TokenUsage tokens, double costUsd, long lastSeq) {}

  /** The optional parts of a session. */
  public static final class Builder {
    private final String id;
    private final AgentConfig config;
    private final ModelProvider provider;
    private final ModelCatalog catalog;
    private final List<Tool> tools;
    private final EngineContext context;
    private final UsageRecorder usage;
    private final Consumer<Event> events;
    private ModelBinder models = ModelBinder.FIXED;
    private ContextSource contextSource = ContextSource.NONE;
    private Verifier verifier = Verifier.NONE;
    private Journal journal = Journal.NONE;
    private ContextPolicy contextPolicy = ContextPolicy.NONE;
    private TurnPlanner planner = TurnPlanner.FIXED;
    private @Nullable Resumed resumed;
    private String mode = "auto";

    private Builder(
        String id,
        AgentConfig config,
        ModelProvider provider,
        ModelCatalog catalog,
        List<Tool> tools,
        EngineContext context,
        UsageRecorder usage,
        Consumer<Event> events) {
      this.id = id;
      this.config = config;
      this.provider = provider;
      this.catalog = catalog;
      this.tools = List.copyOf(tools);
      this.context = context;
      this.usage = usage;
      this.events = events;
    }

    /** How {@link Op.SetModel} finds another model (default: it cannot). */
    public Builder models(ModelBinder binder) {
      this.models = binder;
      return this;
    }

    /** Where the code context of the session's first request comes from (default: nowhere). */
    public Builder context(ContextSource source) {
      this.contextSource = source;
      return this;
    }

    /**
     * The gate Deep turns pass before they end when they changed files (default: none, and the
     * turns say they are unverified).
     */
    public Builder verifier(Verifier gate) {
      this.verifier = gate;
      return this;
    }

    /** What is pinned in every prompt and how the conversation is compacted (default: none). */
    public Builder contextPolicy(ContextPolicy policy) {
      this.contextPolicy = policy;
      return this;
    }

    /** How each request is routed (default: the session's model, verified unless reflex). */
    public Builder planner(TurnPlanner turnPlanner) {
      this.planner = turnPlanner;
      return this;
    }

    /** Where the conversation is written as it grows (default: nowhere). */
    public Builder journal(Journal sink) {
      this.journal = sink;
      return this;
    }

    /**
     * Continues an earlier session: its conversation (in which every tool call has a result), its
     * token and cost totals, and the sequence number of its last event, after which this session's
     * events continue.
     */
    public Builder resume(
        List<Message> conversation, TokenUsage tokens, double costUsd, long lastSeq) {
      this.resumed = new Resumed(List.copyOf(conversation), tokens, costUsd, lastSeq);
      return this;
    }

    /** The mode the session starts in: one of {@link #MODES} (default {@code auto}). */
    public Builder mode(String startMode) {
      this.mode = checkMode(startMode);
      return this;
    }

    public AgentSession build() {
      return new AgentSession(this);
    }
  }

  public String id() {
    return id;
  }

  /**
   * Starts the session's thread.
   *
   * @throws IllegalStateException if the session was started before
   */
  public void start() {
    thread.start();
  }

  /** Queues {@code op}, or acts on it at once if it is an interrupt or a shutdown. */
  public void submit(Op op) {
    if (shutdown) {
      return;
    }
    switch (op) {
      case Op.Interrupt interrupt -> cancelTurn();
      case Op.Shutdown stop -> {
        shutdown = true;
        ops.clear();
        cancelTurn();
        ops.add(op);
      }
      case Op.UserInput input -> ops.add(op);
      case Op.Compact compact -> ops.add(op);
      case Op.SetModel model -> ops.add(op);
      case Op.SetMode mode -> ops.add(op);
    }
  }

  /** Shuts the session down and waits for its thread to end. */
  @Override
  public void close() {
    submit(new Op.Shutdown());
    if (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void cancelTurn() {
    TurnControl control = current.get();
    if (control != null) {
      control.cancel();
    }
  }

  private void loop() {
    events.configured(runner.model().toString(), mode);
    try {
      while (true) {
        Op op = ops.take();
        if (shutdown && !(op instanceof Op.Shutdown)) {
          continue;
        }
        switch (op) {
          case Op.UserInput input -> runTurn(input.text());
          case Op.SetModel model -> setModel(model.model());
          case Op.SetMode next -> setMode(next.mode());
          case Op.Compact compact -> compactNow();
          case Op.Shutdown stop -> {
            return;
          }
          case Op.Interrupt interrupt -> {}
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void compactNow() {
    try {
      runner.compact(true);
    } catch (RuntimeException e) {
      events.notice("refused", "could not compact: " + e.getMessage());
    }
  }

  private void setModel(String spec) {
    try {
      switchModel(spec);
    } catch (GarlicException e) {
      events.notice("refused", e.getMessage());
    }
  }

  /** Binds {@code spec} and reports the new configuration; throws when it cannot be bound. */
  private void switchModel(String spec) {
    runner.switchModel(models.bind(spec));
    events.configured(runner.model().toString(), mode);
  }

  private void setMode(String next) {
    try {
      mode = checkMode(next);
      events.configured(runner.model().toString(), mode);
    } catch (GarlicException e) {
      events.notice("refused", e.getMessage());
    }
  }

  private static String checkMode(String mode) {
    if (!MODES.contains(mode)) {
      throw GarlicException.usage("unknown mode \"" + mode + "\"; use " + String.join(", ", MODES));
    }
    return mode;
  }

  private void runTurn(String text) {
    TurnControl control = new TurnControl();
    current.set(control);
    try {
      runner.run(text, control, mode);
    } catch (RuntimeException e) {
      // A bug must not leave front ends waiting for a TurnComplete that never comes.
      events.error(GarlicError.of(ErrorCode.FAILURE, "the agent failed: " + e));
      events.turnComplete(TurnEndReason.ERROR, "the agent failed: " + e.getMessage());
    } finally {
      current.set(null);
    }
  }
}
