package dev.garlic.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.agent.usage.ComputeUnits;
import dev.garlic.agent.usage.UsageLedger;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelInfo;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.ProviderKind;
import dev.garlic.llm.provider.ModelProviders;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Reporter;
import dev.garlic.testkit.model.ScriptedModelServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * An agent session with the core tools in {@code root}, talking to a scripted model over the OpenAI
 * Chat Completions wire format, priced at $1 / $0.10 / $10 per million tokens.
 */
final class ScriptedSession implements AutoCloseable {

  static final ModelPrice PRICE = new ModelPrice(1, 0.1, 10);

  final ScriptedModelServer server = ScriptedModelServer.start();
  final UsageRecorder usage =
      new UsageRecorder(
          UsageLedger.DISCARD,
          Reporter.SILENT,
          "s1",
          null,
          ComputeUnits.STANDARD,
          Clock.systemUTC());
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final ModelProvider provider;
  private final AgentSession session;

  ScriptedSession(Path root, AgentConfig config) {
    this(root, config, builder -> builder);
  }

  /** A session whose optional parts {@code options} sets on the builder. */
  ScriptedSession(Path root, AgentConfig config, UnaryOperator<AgentSession.Builder> options) {
    ProviderConfig providerConfig =
        new ProviderConfig(
            "scripted", ProviderKind.OPENAI, server.baseUri() + "/v1", null, Map.of());
    provider =
        ModelProviders.create(
            providerConfig,
            Map.of(),
            ConnectionSettings.DEFAULT.withRetry(
                ConnectionSettings.DEFAULT.retry().withMaxAttempts(1)));
    ModelCatalog catalog =
        ModelCatalog.defaults().with("scripted-model", new ModelInfo(100_000, 8_000, PRICE));
    session =
        options
            .apply(
                AgentSession.builder(
                    "s1",
                    config,
                    provider,
                    catalog,
                    new CoreEngine().tools(),
                    EngineContext.of(root).withCommands(new ProcessRunner()),
                    usage,
                    events::add))
            .build();
    session.start();
    try {
      assertThat(next()).isInstanceOf(Event.SessionConfigured.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  ScriptedSession(Path root) {
    this(root, AgentConfig.of(new ModelRef("scripted", "scripted-model"), "You are a test."));
  }

  /** The client of the scripted model, for binders that switch to another model of it. */
  ModelProvider provider() {
    return provider;
  }

  void submit(Op op) {
    session.submit(op);
  }

  /** Submits {@code text} and returns the events of its turn, up to its TurnComplete. */
  List<Event> turn(String text) throws InterruptedException {
    submit(new Op.UserInput(text));
    return untilTurnComplete();
  }

  List<Event> untilTurnComplete() throws InterruptedException {
    List<Event> turn = new ArrayList<>();
    while (true) {
      Event event = next();
      turn.add(event);
      if (event instanceof Event.TurnComplete) {
        return turn;
      }
    }
  }

  Event next() throws InterruptedException {
    Event event = events.poll(20, TimeUnit.SECONDS);
    assertThat(event).as("an event within 20 seconds").isNotNull();
    return event;
  }

  @Override
  public void close() {
    session.close();
    provider.close();
    server.close();
  }
}
