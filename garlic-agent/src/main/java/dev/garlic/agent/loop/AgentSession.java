package dev.garlic.agent.loop;

import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelProvider;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.spi.EngineContext;
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

  private final String id;
  private final TurnRunner runner;
  private final EventEmitter events;
  private final BlockingQueue<Op> ops = new LinkedBlockingQueue<>();
  private final AtomicReference<@Nullable TurnControl> current = new AtomicReference<>();
  private final Thread thread;
  private volatile boolean shutdown;

  /**
   * A session that is not yet running; {@link #start()} starts it.
   *
   * @param id the session id every event carries
   * @param tools the tools offered to the model; their names must be distinct
   * @param context the workspace root, settings and reporter tools run with; each turn gets its own
   *     cancellation
   * @param events receives every event of the session
   */
  public AgentSession(
      String id,
      AgentConfig config,
      ModelProvider provider,
      ModelCatalog catalog,
      List<Tool> tools,
      EngineContext context,
      UsageRecorder usage,
      Consumer<Event> events) {
    this.id = id;
    this.events = new EventEmitter(id, events);
    ToolDispatcher dispatcher =
        new ToolDispatcher(
            tools, config.approvals(), usage, ToolDispatcher.DEFAULT_MAX_ARGUMENT_CHARS);
    this.runner =
        new TurnRunner(config, provider, catalog, dispatcher, context, usage, this.events);
    this.thread = Thread.ofPlatform().name("garlic-session-" + id).unstarted(this::loop);
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
    try {
      while (true) {
        Op op = ops.take();
        if (op instanceof Op.UserInput input && !shutdown) {
          runTurn(input.text());
        } else if (op instanceof Op.Shutdown) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void runTurn(String text) {
    TurnControl control = new TurnControl();
    current.set(control);
    try {
      runner.run(text, control);
    } catch (RuntimeException e) {
      // A bug must not leave front ends waiting for a TurnComplete that never comes.
      events.error(GarlicError.of(ErrorCode.FAILURE, "the agent failed: " + e));
      events.turnComplete(TurnEndReason.ERROR, "the agent failed: " + e.getMessage());
    } finally {
      current.set(null);
    }
  }
}
