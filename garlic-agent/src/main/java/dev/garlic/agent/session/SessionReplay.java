package dev.garlic.agent.session;

import dev.garlic.agent.tools.Plan;
import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.GarlicException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a session's state from its log: the conversation (applying resets), the plan, the token
 * and cost totals, the turns. Stateless.
 */
public final class SessionReplay {

  /** The result given to a tool call that the session never ran. */
  public static final String NOT_RUN = "not run: the session ended before this call ran";

  private SessionReplay() {}

  /**
   * Reads the log {@code file} back.
   *
   * @throws GarlicException (input) if the file cannot be read, or is damaged anywhere but in its
   *     last line (a damaged last line is left out and named in {@link RestoredSession#warnings()})
   */
  public static RestoredSession restore(Path file) {
    SessionReader.Contents contents = SessionReader.read(file);
    State state = new State();
    contents.records().forEach(state::apply);
    List<Message> repairs = new ArrayList<>();
    List<Message> conversation = answerDanglingCalls(state.conversation, repairs);
    return new RestoredSession(
        file,
        contents.meta(),
        conversation,
        repairs,
        state.plan,
        state.tokens,
        state.costUsd,
        state.turns,
        state.turnOpen,
        state.lastReason,
        state.lastSeq,
        state.endedReason,
        contents.validBytes(),
        contents.fileBytes(),
        contents.warnings());
  }

  /**
   * The conversation with a {@link #NOT_RUN} error result for every tool call that has none, placed
   * right after the call's own results; those added at the very end also go to {@code tail}.
   */
  static List<Message> answerDanglingCalls(List<Message> conversation, List<Message> tail) {
    List<Message> result = new ArrayList<>(conversation.size());
    Map<String, ToolCall> pending = new LinkedHashMap<>();
    for (Message message : conversation) {
      if (message instanceof Message.ToolResultMessage answer) {
        pending.remove(answer.callId());
      } else {
        answer(pending, result);
      }
      result.add(message);
      if (message instanceof Message.AssistantMessage assistant) {
        assistant.toolCalls().forEach(call -> pending.put(call.id(), call));
      }
    }
    int before = result.size();
    answer(pending, result);
    tail.addAll(result.subList(before, result.size()));
    return result;
  }

  private static void answer(Map<String, ToolCall> pending, List<Message> into) {
    for (ToolCall call : pending.values()) {
      into.add(new Message.ToolResultMessage(call.id(), call.name(), NOT_RUN, true));
    }
    pending.clear();
  }

  /** The state folded over the records so far. */
  private static final class State {
    List<Message> conversation = new ArrayList<>();
    final Map<String, ToolCall> calls = new HashMap<>();
    @Nullable Plan plan;
    TokenUsage tokens = TokenUsage.ZERO;
    double costUsd;
    int turns;
    boolean turnOpen;
    @Nullable TurnEndReason lastReason;
    long lastSeq;
    @Nullable String endedReason;

    void apply(SessionRecord record) {
      switch (record) {
        case SessionRecord.Opened opened -> {}
        case SessionRecord.MessageAdded added -> add(added.message());
        case SessionRecord.ConversationReset reset ->
            conversation = new ArrayList<>(reset.conversation());
        case SessionRecord.EventEmitted emitted -> event(emitted.event());
        case SessionRecord.Ended ended -> endedReason = ended.reason();
      }
    }

    private void add(Message message) {
      conversation.add(message);
      if (message instanceof Message.AssistantMessage assistant) {
        assistant.toolCalls().forEach(call -> calls.put(call.id(), call));
      } else if (message instanceof Message.ToolResultMessage result
          && !result.error()
          && result.toolName().equals(PlanArguments.TOOL)) {
        ToolCall call = calls.get(result.callId());
        if (call != null) {
          PlanArguments.parse(call.argumentsJson()).ifPresent(parsed -> plan = parsed);
        }
      }
    }

    private void event(Event event) {
      lastSeq = Math.max(lastSeq, event.seq());
      switch (event) {
        case Event.TurnStarted started -> {
          turns++;
          turnOpen = true;
        }
        case Event.TurnComplete complete -> {
          turnOpen = false;
          lastReason = complete.reason();
        }
        case Event.UsageUpdate usage -> {
          tokens = usage.total();
          costUsd = usage.costUsd();
        }
        default -> {}
      }
    }
  }
}
