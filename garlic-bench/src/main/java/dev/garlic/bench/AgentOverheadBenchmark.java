package dev.garlic.bench;

import dev.garlic.agent.context.AgentsMd;
import dev.garlic.agent.context.Compactor;
import dev.garlic.agent.context.ConstraintSet;
import dev.garlic.agent.context.DigestSummarizer;
import dev.garlic.agent.context.SessionContext;
import dev.garlic.agent.context.Skills;
import dev.garlic.agent.context.TokenEstimator;
import dev.garlic.agent.loop.AgentConfig;
import dev.garlic.agent.loop.AgentSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.session.SessionLog;
import dev.garlic.agent.session.SessionMeta;
import dev.garlic.agent.session.SessionStore;
import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.tools.Plan;
import dev.garlic.agent.tools.PlanStore;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.agent.tools.WriteGuard;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.ProviderKind;
import dev.garlic.llm.StreamListener;
import dev.garlic.llm.provider.ModelProviders;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The agent's own cost per step, model time excluded: a session runs turns of {@code steps} tool
 * calls ({@code read_file} of a small file) against the scripted model server on loopback; the time
 * spent inside the model provider is measured and subtracted from the turn's wall time. The session
 * has what a task session has besides the model: the session log on disk (every message and event),
 * the pinned context with its compaction check before every call, writes guarded by the user's
 * constraints, the SQLite usage ledger and the default approval policy.
 *
 * <p>Usage: {@code garlic-bench/run AgentOverheadBenchmark [--steps N] [--runs N]}.
 */
public final class AgentOverheadBenchmark {

  private AgentOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int steps = 100;
    int runs = 7;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--steps" -> steps = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path root = Files.createTempDirectory("garlic-agent-bench");
    Files.writeString(root.resolve("Notes.java"), "class Notes {\n  int count = 1;\n}\n");
    List<Double> perStep = new ArrayList<>();
    try (ScriptedModelServer server = ScriptedModelServer.start()) {
      for (int run = 0; run < runs + 2; run++) {
        double overhead = turn(server, root, steps);
        if (run >= 2) { // the first two runs warm the JVM up
          perStep.add(overhead);
        }
      }
    }
    System.out.printf(
        "agent overhead per step, model time excluded (%d steps per turn, %d runs after 2 warm-up):"
            + " median %s, p90 %s, runs %s%n",
        steps,
        runs,
        Stats.ms(Stats.median(perStep)),
        Stats.ms(Stats.percentile(perStep, 90)),
        perStep.stream().map(Stats::ms).toList());
  }

  /** One turn of {@code steps} tool calls; returns the milliseconds per step outside the model. */
  private static double turn(ScriptedModelServer server, Path root, int steps) throws Exception {
    for (int i = 0; i < steps; i++) {
      server.enqueue(
          ScriptedReply.toolCalls(
              new ScriptedToolCall("call_" + i, "read_file", "{\"path\":\"Notes.java\"}")));
    }
    server.enqueue(ScriptedReply.text("done"));
    ProviderConfig config =
        new ProviderConfig("local", ProviderKind.OPENAI, server.baseUri() + "/v1", null, Map.of());
    TimedProvider provider =
        new TimedProvider(ModelProviders.create(config, Map.of(), ConnectionSettings.DEFAULT));
    CompletableFuture<Event.TurnComplete> done = new CompletableFuture<>();
    Path state = Files.createTempDirectory("garlic-agent-bench-state");
    String id = SessionStore.newId(Instant.now());
    UsageRecorder usage = UsageRecorder.open(state.resolve("usage.db"), Reporter.SILENT, id, null);
    SessionLog log =
        SessionLog.create(
            state.resolve("sessions"),
            SessionMeta.of(
                id, Instant.now(), root, root, null, null, "local/bench-model", "deep", "bench"),
            Reporter.SILENT);
    ConstraintSet constraints = new ConstraintSet();
    PlanStore plans = new PlanStore();
    SessionContext pinned =
        new SessionContext(
            AgentsMd.none(),
            Skills.none(),
            constraints,
            () -> plans.current(root).map(Plan::render).orElse(null),
            new Compactor(
                TokenEstimator.approximate(), new DigestSummarizer(), Compactor.Policy.DEFAULT));
    AgentConfig agent =
        AgentConfig.of(ModelRef.parse("local/bench-model"), "You are a benchmark.")
            .withMaxSteps(steps + 1)
            .withApprovals(ApprovalPolicy.from(Settings.EMPTY));
    long start = System.nanoTime();
    try (provider;
        usage;
        log;
        AgentSession session =
            AgentSession.builder(
                    id,
                    agent,
                    provider,
                    ModelCatalog.defaults(),
                    new CoreEngine(plans, new WriteGuard(constraints)).tools(),
                    EngineContext.of(root).withCommands(new ProcessRunner()),
                    usage,
                    e -> {
                      log.event(e);
                      if (e instanceof Event.TurnComplete c) {
                        done.complete(c);
                      }
                    })
                .contextPolicy(pinned)
                .journal(log)
                .build()) {
      session.start();
      session.submit(new Op.UserInput("read Notes.java " + steps + " times; never use pandas"));
      Event.TurnComplete end = done.get(10, TimeUnit.MINUTES);
      if (!end.summary().contains("done")) {
        throw new IllegalStateException("turn ended unexpectedly: " + end);
      }
    }
    double wallMs = (System.nanoTime() - start) / 1e6;
    return (wallMs - provider.nanos / 1e6) / (steps + 1);
  }

  /** Measures the time spent inside the provider (the "model time" that is excluded). */
  private static final class TimedProvider implements ModelProvider {
    private final ModelProvider delegate;
    private volatile long nanos; // written on the session thread, read after it ends

    TimedProvider(ModelProvider delegate) {
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public ChatResponse chat(ChatRequest request, CancelToken cancel) {
      long start = System.nanoTime();
      try {
        return delegate.chat(request, cancel);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener, CancelToken cancel) {
      long start = System.nanoTime();
      try {
        return delegate.stream(request, listener, cancel);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
