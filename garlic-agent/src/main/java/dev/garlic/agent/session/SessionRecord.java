package dev.garlic.agent.session;

import dev.garlic.llm.Message;
import dev.garlic.protocol.agent.Event;
import java.time.Instant;
import java.util.List;

/**
 * One line of a session log. A log is an {@link Opened} record, then any number of the others in
 * the order they happened. Each is one JSON object with a {@code type}: {@code session}, {@code
 * message}, {@code event}, {@code reset} or {@code ended}.
 */
sealed interface SessionRecord {

  /** The first record: what the session is ({@code session}). */
  record Opened(SessionMeta meta) implements SessionRecord {}

  /** A message appended to the conversation ({@code message}). */
  record MessageAdded(Message message) implements SessionRecord {}

  /** An event the session emitted, as the protocol defines it ({@code event}). */
  record EventEmitted(Event event) implements SessionRecord {}

  /**
   * The conversation was replaced, as by a compaction: {@code conversation} is the whole new one
   * ({@code reset}).
   */
  record ConversationReset(List<Message> conversation) implements SessionRecord {
    public ConversationReset {
      conversation = List.copyOf(conversation);
    }
  }

  /** The session ended at {@code at}, for {@code reason} ({@code ended}). */
  record Ended(Instant at, String reason) implements SessionRecord {}
}
