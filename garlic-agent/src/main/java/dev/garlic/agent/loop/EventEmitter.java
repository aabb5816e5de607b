package dev.garlic.agent.loop;

import dev.garlic.protocol.GarlicError;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Stamps events with the session id and the next sequence number and hands them to the sink. */
final class EventEmitter {

  private final String sessionId;
  private final Consumer<Event> sink;
  private final AtomicLong seq = new AtomicLong();

  EventEmitter(String sessionId, Consumer<Event> sink) {
    this(sessionId, sink, 0);
  }

  /** An emitter whose first event has sequence number {@code lastSeq + 1}. */
  EventEmitter(String sessionId, Consumer<Event> sink, long lastSeq) {
    this.sessionId = sessionId;
    this.sink = sink;
    this.seq.set(lastSeq);
  }

  void turnStarted() {
    sink.accept(new Event.TurnStarted(next(), sessionId));
  }

  void delta(String text) {
    sink.accept(new Event.AgentMessageDelta(next(), sessionId, text));
  }

  void message(String text) {
    sink.accept(new Event.AgentMessage(next(), sessionId, text));
  }

  void toolBegin(String callId, String tool, String argumentsJson) {
    sink.accept(new Event.ToolCallBegin(next(), sessionId, callId, tool, argumentsJson));
  }

  void toolEnd(String callId, String tool, ToolOutcome outcome) {
    sink.accept(
        new Event.ToolCallEnd(
            next(), sessionId, callId, tool, outcome.ok(), outcome.summary(), outcome.millis()));
  }

  void usage(TokenUsage turn, TokenUsage total, double costUsd) {
    sink.accept(new Event.UsageUpdate(next(), sessionId, turn, total, costUsd));
  }

  void turnComplete(TurnEndReason reason, String summary) {
    sink.accept(new Event.TurnComplete(next(), sessionId, reason, summary));
  }

  void configured(String model, String mode) {
    sink.accept(new Event.SessionConfigured(next(), sessionId, model, mode));
  }

  void notice(String kind, String text) {
    sink.accept(new Event.Notice(next(), sessionId, kind, text));
  }

  void verified(String status, String report) {
    sink.accept(new Event.Verified(next(), sessionId, status, report));
  }

  void error(GarlicError error) {
    sink.accept(new Event.Error(next(), sessionId, error));
  }

  private long next() {
    return seq.incrementAndGet();
  }
}
