package dev.garlic.protocol.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.garlic.protocol.GarlicError;
import dev.garlic.protocol.usage.TokenUsage;

/**
 * What an agent session reports, in order. Every event carries the id of its session and a sequence
 * number that starts at 1 and grows by one per event of that session, so a consumer can detect gaps
 * and order events from several sessions. Serialised as JSON with a {@code type} property and
 * snake_case field names.
 *
 * <p>A turn is {@link TurnStarted}, then any of the other events, then exactly one {@link
 * TurnComplete}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Event.TurnStarted.class, name = "turn_started"),
  @JsonSubTypes.Type(value = Event.AgentMessageDelta.class, name = "agent_message_delta"),
  @JsonSubTypes.Type(value = Event.AgentMessage.class, name = "agent_message"),
  @JsonSubTypes.Type(value = Event.ToolCallBegin.class, name = "tool_call_begin"),
  @JsonSubTypes.Type(value = Event.ToolCallEnd.class, name = "tool_call_end"),
  @JsonSubTypes.Type(value = Event.UsageUpdate.class, name = "usage_update"),
  @JsonSubTypes.Type(value = Event.TurnComplete.class, name = "turn_complete"),
  @JsonSubTypes.Type(value = Event.Error.class, name = "error"),
  @JsonSubTypes.Type(value = Event.SessionConfigured.class, name = "session_configured"),
  @JsonSubTypes.Type(value = Event.Notice.class, name = "notice"),
  @JsonSubTypes.Type(value = Event.Verified.class, name = "verified")
})
public sealed interface Event {

  /** The position of this event in its session, from 1. */
  long seq();

  /** The session that emitted this event. */
  @JsonProperty("session_id")
  String sessionId();

  /** A turn began: the session took a user input off its queue. */
  record TurnStarted(long seq, @JsonProperty("session_id") String sessionId) implements Event {}

  /** The next piece of the model's answer text, as it streams. */
  record AgentMessageDelta(long seq, @JsonProperty("session_id") String sessionId, String text)
      implements Event {}

  /** The whole text of one model answer, after its deltas; not sent for answers without text. */
  record AgentMessage(long seq, @JsonProperty("session_id") String sessionId, String text)
      implements Event {}

  /** The agent is about to run tool {@code tool} with the arguments the model wrote. */
  record ToolCallBegin(
      long seq,
      @JsonProperty("session_id") String sessionId,
      @JsonProperty("call_id") String callId,
      String tool,
      @JsonProperty("arguments_json") String argumentsJson)
      implements Event {}

  /**
   * Tool call {@code callId} ended after {@code millis}; {@code ok} is false when it failed or was
   * refused, and {@code summary} is the first line of what the model was told.
   */
  record ToolCallEnd(
      long seq,
      @JsonProperty("session_id") String sessionId,
      @JsonProperty("call_id") String callId,
      String tool,
      boolean ok,
      String summary,
      long millis)
      implements Event {}

  /**
   * A model call finished: the tokens of the turn so far, of the session so far, and the session's
   * cost so far in US dollars (zero for models of unknown price).
   */
  record UsageUpdate(
      long seq,
      @JsonProperty("session_id") String sessionId,
      TokenUsage turn,
      TokenUsage total,
      @JsonProperty("cost_usd") double costUsd)
      implements Event {}

  /** The turn ended; {@code summary} is the model's last answer or says why the turn stopped. */
  record TurnComplete(
      long seq, @JsonProperty("session_id") String sessionId, TurnEndReason reason, String summary)
      implements Event {}

  /** Something failed that ends the turn, such as a model that cannot be reached. */
  record Error(long seq, @JsonProperty("session_id") String sessionId, GarlicError error)
      implements Event {}

  /**
   * The session's model or mode is now {@code model} ({@code PROVIDER/model-id}) and {@code mode}
   * ({@code reflex}, {@code deep} or {@code auto}); sent when the session starts and after every
   * change.
   */
  record SessionConfigured(
      long seq, @JsonProperty("session_id") String sessionId, String model, String mode)
      implements Event {}

  /**
   * Something the user should know that is not part of the model's answer: a compaction, a refused
   * op, a verification result. {@code kind} is a stable word for programs ({@code compacted},
   * {@code verification}, {@code refused}, ...), {@code text} is for people.
   */
  record Notice(long seq, @JsonProperty("session_id") String sessionId, String kind, String text)
      implements Event {}

  /**
   * The verification gate ran: {@code status} is {@code passed}, {@code failed} or {@code
   * not_verified}; {@code report} says what was built and tested and what was not.
   */
  record Verified(
      long seq, @JsonProperty("session_id") String sessionId, String status, String report)
      implements Event {}
}
