package dev.garlic.protocol.agent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a front end asks of an agent session. Serialised as JSON with a {@code type} property
 * ({@code user_input}, {@code interrupt}, {@code shutdown}, {@code compact}, {@code set_model},
 * {@code set_mode}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Op.UserInput.class, name = "user_input"),
  @JsonSubTypes.Type(value = Op.Interrupt.class, name = "interrupt"),
  @JsonSubTypes.Type(value = Op.Shutdown.class, name = "shutdown"),
  @JsonSubTypes.Type(value = Op.Compact.class, name = "compact"),
  @JsonSubTypes.Type(value = Op.SetModel.class, name = "set_model"),
  @JsonSubTypes.Type(value = Op.SetMode.class, name = "set_mode")
})
public sealed interface Op {

  /** A message from the user; starts a turn once the turns before it have ended. */
  record UserInput(String text) implements Op {}

  /** Stops the turn in flight, if any, which ends with {@link TurnEndReason#INTERRUPTED}. */
  record Interrupt() implements Op {}

  /** Stops the turn in flight and ends the session; later ops are ignored. */
  record Shutdown() implements Op {}

  /**
   * Summarises the older part of the conversation now, keeping pinned items verbatim; runs in queue
   * order, between turns.
   */
  record Compact() implements Op {}

  /** Uses model {@code model} ({@code PROVIDER/model-id}) from the next model call on. */
  record SetModel(String model) implements Op {}

  /** Routes the next inputs in mode {@code mode}: {@code reflex}, {@code deep} or {@code auto}. */
  record SetMode(String mode) implements Op {}
}
