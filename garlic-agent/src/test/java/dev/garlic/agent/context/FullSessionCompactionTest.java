package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.loop.AgentConfig;
import dev.garlic.agent.loop.AgentSession;
import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.tools.PlanStore;
import dev.garlic.agent.tools.WriteGuard;
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
import dev.garlic.spi.Tool;
import dev.garlic.testkit.TestWorkspace;
import dev.garlic.testkit.model.RecordedRequest;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 200-turn session end to end: a real {@link AgentSession} with the core tools guarded by the
 * session's constraints and {@link SessionContext} as its context policy, talking to a scripted
 * model over HTTP whose window is 6,000 tokens. Each turn the model writes a file and answers; the
 * loop compacts (with the deterministic digest) whenever the prompt fills. Every request the model
 * receives after the user stated the constraint carries it verbatim in its system message, and at
 * turn 200 the write that imports pandas is refused. Slow (400 model calls over HTTP, about 40 s on
 * a busy machine); {@link LongSessionCompactionTest} covers the same in the default suite.
 */
class FullSessionCompactionTest {

  private static final String CSV_RULE = "Use the csv module, never pandas.";
  private static final String AGENTS_TEXT = "Run pytest -q before you say you are done.";
  private static final int TURNS = 200;

  @TempDir Path root;
  @TempDir Path home;

  @Test
  @Tag("slow")
  void keepsTheConstraintInEveryPromptAndEnforcedThroughTwoHundredTurns() throws Exception {
    TestWorkspace.in(root).file("AGENTS.md", AGENTS_TEXT + "\n");
    ConstraintSet constraints = new ConstraintSet();
    PlanStore plans = new PlanStore();
    SessionContext context =
        new SessionContext(
            AgentsMd.load(home, root, root),
            Skills.discover(root, home),
            constraints,
            () -> plans.current(root).map(p -> p.render()).orElse(null),
            new Compactor(
                TokenEstimator.approximate(),
                new DigestSummarizer(),
                new Compactor.Policy(0.8, 0.5, 3, 400)));
    List<Tool> tools = new ArrayList<>(new CoreEngine(plans, new WriteGuard(constraints)).tools());
    tools.addAll(context.tools());
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    try (ScriptedModelServer server = ScriptedModelServer.start();
        ModelProvider provider = provider(server)) {
      for (int turn = 1; turn <= TURNS; turn++) {
        String content =
            turn == TURNS ? "import pandas as pd\n" : "import csv\n# " + "c".repeat(600) + "\n";
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        args.put("path", "export/c" + turn + ".py").put("content", content);
        server
            .enqueue(
                ScriptedReply.toolCalls(
                    new ScriptedToolCall("w" + turn, "write_file", args.toString())))
            .enqueue(ScriptedReply.text("Wrote export/c" + turn + ".py."));
      }
      ModelCatalog catalog =
          ModelCatalog.defaults()
              .with("scripted-model", new ModelInfo(6_000, 1_000, new ModelPrice(1, 0.1, 10)));
      UsageRecorder usage =
          new UsageRecorder(
              UsageLedger.DISCARD,
              Reporter.SILENT,
              "s1",
              null,
              ComputeUnits.STANDARD,
              Clock.systemUTC());
      AgentSession session =
          AgentSession.builder(
                  "s1",
                  AgentConfig.of(new ModelRef("scripted", "scripted-model"), "You are Garlic."),
                  provider,
                  catalog,
                  tools,
                  EngineContext.of(root),
                  usage,
                  events::add)
              .contextPolicy(context)
              .build();
      session.start();
      List<Event> all = new ArrayList<>();
      try {
        for (int turn = 1; turn <= TURNS; turn++) {
          String input =
              turn == 1
                  ? "Build a CSV export of the orders. " + CSV_RULE
                  : "Turn " + turn + ": add column c" + turn + ".";
          session.submit(new Op.UserInput(input));
          all.addAll(untilTurnComplete(events));
        }
      } finally {
        session.close();
      }

      long compactions =
          all.stream()
              .filter(e -> e instanceof Event.Notice n && n.kind().equals("compacted"))
              .count();
      assertThat(compactions).isGreaterThanOrEqualTo(5);
      List<RecordedRequest> requests = server.requests();
      assertThat(requests).hasSize(2 * TURNS);
      for (RecordedRequest request : requests) {
        JsonNode messages = request.json().get("messages");
        assertThat(messages.get(0).get("content").asText())
            .contains(CSV_RULE)
            .contains(AGENTS_TEXT);
        assertThat(messages.toString().length() * 2 / 7)
            .as("the estimated tokens of the messages sent")
            .isLessThan(6_000);
      }
      Event.ToolCallEnd last =
          all.stream()
              .filter(Event.ToolCallEnd.class::isInstance)
              .map(Event.ToolCallEnd.class::cast)
              .reduce((a, b) -> b)
              .orElseThrow();
      assertThat(last.ok()).isFalse();
      assertThat(last.summary()).contains("export/c" + TURNS + ".py:1: imports pandas");
      assertThat(root.resolve("export/c" + TURNS + ".py")).doesNotExist();
      assertThat(root.resolve("export/c" + (TURNS - 1) + ".py")).exists();
    }
  }

  private static ModelProvider provider(ScriptedModelServer server) {
    return ModelProviders.create(
        new ProviderConfig(
            "scripted", ProviderKind.OPENAI, server.baseUri() + "/v1", null, Map.of()),
        Map.of(),
        ConnectionSettings.DEFAULT.withRetry(
            ConnectionSettings.DEFAULT.retry().withMaxAttempts(1)));
  }

  private static List<Event> untilTurnComplete(BlockingQueue<Event> events)
      throws InterruptedException {
    List<Event> turn = new ArrayList<>();
    while (true) {
      Event event = events.poll(20, TimeUnit.SECONDS);
      assertThat(event).as("an event within 20 seconds").isNotNull();
      turn.add(event);
      if (event instanceof Event.TurnComplete) {
        return turn;
      }
    }
  }
}
