package dev.garlic.protocol.agent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a front end asks of an agent session. Serialised as JSON with a {@code type} property
 * ({@code user_input}, {@code interrupt}, {@code shutdown}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Op.UserInput.class, name = "user_input"),
  @JsonSubTypes.Type(value = Op.Interrupt.class, name = "interrupt"),
  @JsonSubTypes.Type(value = Op.Shutdown.class, name = "shutdown")
})
public sealed interface Op {

  /** A message from the user; starts a turn once the turns before it have ended. */
  record UserInput(String text) implements Op {}

  /** Stops the turn in flight, if any, which ends with {@link TurnEndReason#INTERRUPTED}. */
  record Interrupt() implements Op {}

  /** Stops the turn in flight and ends the session; later ops are ignored. */
  record Shutdown() implements Op {}
}
