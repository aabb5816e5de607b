package dev.garlic.agent.loop;

import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.Message;
import dev.garlic.llm.ModelCancelledException;
import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ReasoningEffort;
import dev.garlic.llm.StreamListener;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs turns of one session: holds the conversation and the session's token and cost totals, and
 * for each user input alternates model calls and tool calls until the model answers in text, the
 * step limit is reached, the turn is interrupted or the model fails. Confined to the session's
 * thread.
 */
final class TurnRunner {

  /** A turn whose verification fails this many times ends, reporting the failure. */
  static final int MAX_FAILED_VERIFICATIONS = 3;

  private static final String NOT_RUN = "not run: the user interrupted the turn";

  private final AgentConfig config;
  private ModelRef model;
  private ModelProvider provider;
  private ModelPrice price;
  private final ToolDispatcher dispatcher;
  private final Set<String> mutating;
  private final EngineContext context;
  private final ContextSource contextSource;
  private final Verifier verifier;
  private final UsageRecorder usage;
  private final EventEmitter events;
  private final List<Message> conversation = new ArrayList<>();
  private final Journal journal;
  private final ContextPolicy contextPolicy;
  private final TurnPlanner planner;
  private final Consumer<String> modelSwitch;
  private final ModelCatalog catalog;
  private TokenUsage sessionTokens = TokenUsage.ZERO;
  private @Nullable ReasoningEffort effort;
  private double sessionCost;

  TurnRunner(
      AgentConfig config,
      ModelProvider provider,
      ModelCatalog catalog,
      ToolDispatcher dispatcher,
      EngineContext context,
      ContextSource contextSource,
      Verifier verifier,
      Journal journal,
      ContextPolicy contextPolicy,
      TurnPlanner planner,
      Consumer<String> modelSwitch,
      UsageRecorder usage,
      EventEmitter events) {
    this.config = config;
    this.model = config.model();
    this.provider = provider;
    this.price = catalog.info(config.model()).price();
    this.dispatcher = dispatcher;
    this.mutating =
        dispatcher.specs().stream()
            .filter(ToolSpec::mutating)
            .map(ToolSpec::name)
            .collect(Collectors.toUnmodifiableSet());
    this.context = context;
    this.contextSource = contextSource;
    this.verifier = verifier;
    this.journal = journal;
    this.contextPolicy = contextPolicy;
    this.planner = planner;
    this.modelSwitch = modelSwitch;
    this.catalog = catalog;
    this.usage = usage;
    this.events = events;
  }

  /**
   * Continues a session from its log: {@code history} becomes the conversation (without being
   * journaled again) and the totals carry on from {@code tokens} and {@code costUsd}.
   */
  void restore(List<Message> history, TokenUsage tokens, double costUsd) {
    conversation.clear();
    conversation.addAll(history);
    sessionTokens = tokens;
    sessionCost = costUsd;
  }

  private void append(Message message) {
    conversation.add(message);
    journal.message(message);
  }

  /** The model the next call goes to. */
  ModelRef model() {
    return model;
  }

  /** Sends the next model calls to {@code binding}'s model; the conversation carries over. */
  void switchModel(ModelBinder.Binding binding) {
    this.model = binding.model();
    this.provider = binding.provider();
    this.price = binding.price();
  }

  /**
   * Compacts the conversation when it no longer fits the model's window, or always when {@code
   * force}; reports what it did. Called before every model call and for {@code compact} ops.
   */
  void compact(boolean force) {
    String system = contextPolicy.systemPrompt(config.systemPrompt());
    long window = catalog.info(model).contextWindow();
    Optional<ContextPolicy.Compacted> compacted =
        contextPolicy.compact(system, List.copyOf(conversation), window, force);
    if (compacted.isEmpty()) {
      if (force) {
        events.notice("compacted", "nothing to compact: the conversation is short");
      }
      return;
    }
    ContextPolicy.Compacted result = compacted.get();
    conversation.clear();
    conversation.addAll(result.conversation());
    journal.reset(result.conversation());
    events.notice(
        "compacted",
        String.format(
            Locale.ROOT,
            "compacted the conversation: ~%,d → ~%,d tokens; pinned items kept verbatim",
            result.tokensBefore(),
            result.tokensAfter()));
  }

  /**
   * Runs one turn for {@code input}.
   *
   * @param mode the session's mode, which the planner routes the request in
   */
  void run(String input, TurnControl control, String mode) {
    events.turnStarted();
    TurnPlanner.Plan plan;
    try {
      plan = planner.plan(input, mode, context.withCancellation(control.tools()));
      if (!plan.explanation().isBlank()) {
        events.notice("route", plan.explanation().strip());
      }
      if (plan.model() != null && !plan.model().equals(model.toString())) {
        modelSwitch.accept(plan.model());
      }
    } catch (GarlicException e) {
      events.error(e.error());
      events.turnComplete(TurnEndReason.ERROR, e.getMessage());
      return;
    }
    boolean verify = plan.verify();
    int maxSteps = plan.maxSteps() > 0 ? plan.maxSteps() : config.maxSteps();
    effort = plan.reasoningEffort();
    if (conversation.isEmpty()) {
      contextSource
          .gather(input, plan.contextTokens(), context.withCancellation(control.tools()))
          .ifPresent(text -> append(new Message.UserMessage(ContextSource.PREAMBLE + text)));
    }
    contextPolicy.userInput(input);
    append(new Message.UserMessage(input));
    TokenUsage turnTokens = TokenUsage.ZERO;
    boolean changed = false;
    int failedVerifications = 0;
    try {
      for (int step = 0; step < maxSteps; step++) {
        Optional<String> spent = config.budget().exceeded(sessionTokens, sessionCost);
        if (spent.isPresent()) {
          events.turnComplete(TurnEndReason.BUDGET, spent.get());
          return;
        }
        ChatResponse response = callModel(control);
        turnTokens = turnTokens.plus(response.usage());
        meter(response, turnTokens);
        Message.AssistantMessage answer = response.message();
        append(answer);
        if (!answer.text().isEmpty()) {
          events.message(answer.text());
        }
        if (answer.toolCalls().isEmpty()) {
          if (!verify || !changed || verifier == Verifier.NONE) {
            events.turnComplete(TurnEndReason.DONE, answer.text());
            return;
          }
          Verifier.Result verification =
              verifier.verify(context.withCancellation(control.tools()), answer.text());
          events.verified(
              verification.status().name().toLowerCase(Locale.ROOT), verification.report());
          if (verification.status() == Verifier.Result.Status.FAILED
              && ++failedVerifications < MAX_FAILED_VERIFICATIONS
              && step + 1 < maxSteps) {
            append(new Message.UserMessage(retryAfter(verification)));
            continue;
          }
          events.turnComplete(
              TurnEndReason.DONE, answer.text() + "\n\nVerification: " + verification.report());
          return;
        }
        changed |= runTools(answer.toolCalls(), control);
        if (control.isCancelled()) {
          throw new ModelCancelledException();
        }
      }
      events.turnComplete(
          TurnEndReason.MAX_STEPS,
          "stopped after " + maxSteps + " model calls while the model was still calling tools");
    } catch (ModelCancelledException e) {
      events.turnComplete(TurnEndReason.INTERRUPTED, "interrupted by the user");
    } catch (ModelException e) {
      events.error(e.error());
      events.turnComplete(TurnEndReason.ERROR, e.getMessage());
    }
  }

  private ChatResponse callModel(TurnControl control) {
    compact(false);
    List<Message> messages = new ArrayList<>(conversation.size() + 1);
    messages.add(new Message.SystemMessage(contextPolicy.systemPrompt(config.systemPrompt())));
    messages.addAll(conversation);
    ChatRequest request =
        new ChatRequest(
            model.model(),
            messages,
            dispatcher.specs(),
            effort,
            config.maxOutputTokens(),
            null,
            true);
    StreamListener listener =
        new StreamListener() {
          @Override
          public void onText(String delta) {
            events.delta(delta);
          }
        };
    return provider.stream(request, listener, control.model());
  }

  private void meter(ChatResponse response, TokenUsage turnTokens) {
    double seconds = response.latency().toNanos() / 1e9;
    double cost =
        usage.modelCall(provider.name(), model.model(), response.usage(), price, seconds).costUsd();
    sessionTokens = sessionTokens.plus(response.usage());
    sessionCost += cost;
    events.usage(turnTokens, sessionTokens, sessionCost);
  }

  /**
   * Runs the calls in order and says whether any mutating call succeeded. Once the turn is
   * interrupted the remaining calls are answered without running, because providers reject a
   * conversation in which a tool call has no result.
   */
  private boolean runTools(List<ToolCall> calls, TurnControl control) {
    EngineContext turnContext = context.withCancellation(control.tools());
    boolean changed = false;
    for (ToolCall call : calls) {
      if (control.isCancelled()) {
        append(new Message.ToolResultMessage(call.id(), call.name(), NOT_RUN, true));
        continue;
      }
      events.toolBegin(call.id(), call.name(), call.argumentsJson());
      ToolOutcome outcome = dispatcher.dispatch(call, turnContext);
      events.toolEnd(call.id(), call.name(), outcome);
      append(
          new Message.ToolResultMessage(call.id(), call.name(), outcome.content(), !outcome.ok()));
      contextPolicy.toolResult(call.name(), outcome.ok(), outcome.content());
      changed |= outcome.ok() && mutating.contains(call.name());
    }
    return changed;
  }

  private static String retryAfter(Verifier.Result verification) {
    return "Garlic built the project and ran the tests before accepting your answer, and they"
        + " failed:\n\n"
        + verification.failures()
        + "\n\nFind the cause, fix it, and answer again when the build and the tests pass.";
  }
}
