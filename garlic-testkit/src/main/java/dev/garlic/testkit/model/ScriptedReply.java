package dev.garlic.testkit.model;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answer of the scripted model: text, tool calls, or both, with the usage it reports; or an
 * HTTP error. Immutable: every {@code with...} method returns a new reply. The same reply renders
 * in whichever wire format the client asks for, streamed or not.
 *
 * <p>An error's body is wrapped in the asking protocol's error shape as its message, unless it
 * already starts with <code>{</code>, in which case it is sent verbatim.
 */
public final class ScriptedReply {

  private final @Nullable String text;
  private final List<ScriptedToolCall> toolCalls;
  private final ReplyUsage usage;
  private final int errorStatus;
  private final String errorBody;
  private final int retryAfterSeconds;
  private final Duration pause;

  private ScriptedReply(
      @Nullable String text,
      List<ScriptedToolCall> toolCalls,
      ReplyUsage usage,
      int errorStatus,
      String errorBody,
      int retryAfterSeconds,
      Duration pause) {
    this.text = text;
    this.toolCalls = List.copyOf(toolCalls);
    this.usage = usage;
    this.errorStatus = errorStatus;
    this.errorBody = errorBody;
    this.retryAfterSeconds = retryAfterSeconds;
    this.pause = pause;
  }

  /** A plain text answer that ends the model's turn. */
  public static ScriptedReply text(String text) {
    return new ScriptedReply(text, List.of(), ReplyUsage.ZERO, 0, "", -1, Duration.ZERO);
  }

  /** An answer that calls one or more tools, in the given order. */
  public static ScriptedReply toolCalls(ScriptedToolCall... calls) {
    if (calls.length == 0) {
      throw new IllegalArgumentException("a tool-call reply needs at least one call");
    }
    return new ScriptedReply(null, List.of(calls), ReplyUsage.ZERO, 0, "", -1, Duration.ZERO);
  }

  /** An HTTP error with the given status (400 to 599); see the class comment for the body. */
  public static ScriptedReply error(int status, String body) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 400 to 599, not " + status);
    }
    return new ScriptedReply(null, List.of(), ReplyUsage.ZERO, status, body, -1, Duration.ZERO);
  }

  /** This reply with text before its tool calls (or replacing its text). */
  public ScriptedReply withText(String newText) {
    return new ScriptedReply(
        newText, toolCalls, usage, errorStatus, errorBody, retryAfterSeconds, pause);
  }

  /**
   * This reply reporting the given usage. {@code input} includes {@code cachedInput} and {@code
   * output} includes {@code reasoning}, as OpenAI counts them; Anthropic's {@code input_tokens} is
   * then {@code input - cachedInput}. Without this call every count is zero.
   */
  public ScriptedReply withUsage(long input, long cachedInput, long output, long reasoning) {
    return new ScriptedReply(
        text,
        toolCalls,
        new ReplyUsage(input, cachedInput, output, reasoning),
        errorStatus,
        errorBody,
        retryAfterSeconds,
        pause);
  }

  /** This reply with a {@code Retry-After} header of the given seconds. */
  public ScriptedReply retryAfter(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("Retry-After cannot be negative");
    }
    return new ScriptedReply(text, toolCalls, usage, errorStatus, errorBody, seconds, pause);
  }

  /**
   * This reply, streamed with the given pause before every chunk after the first, so a test can
   * cancel a turn while it is still streaming. Non-streamed answers are not delayed.
   */
  public ScriptedReply withChunkPause(Duration newPause) {
    if (newPause.isNegative()) {
      throw new IllegalArgumentException("a pause cannot be negative");
    }
    return new ScriptedReply(
        text, toolCalls, usage, errorStatus, errorBody, retryAfterSeconds, newPause);
  }

  @Nullable String text() {
    return text;
  }

  List<ScriptedToolCall> calls() {
    return toolCalls;
  }

  boolean callsTools() {
    return !toolCalls.isEmpty();
  }

  ReplyUsage usage() {
    return usage;
  }

  boolean isError() {
    return errorStatus != 0;
  }

  int errorStatus() {
    return errorStatus;
  }

  String errorBody() {
    return errorBody;
  }

  int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  Duration pause() {
    return pause;
  }

  @Override
  public String toString() {
    if (isError()) {
      return "ScriptedReply[error " + errorStatus + "]";
    }
    return "ScriptedReply[text=" + text + ", toolCalls=" + toolCalls + "]";
  }
}
