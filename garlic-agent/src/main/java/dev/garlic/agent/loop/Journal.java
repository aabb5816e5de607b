package dev.garlic.agent.loop;

import dev.garlic.llm.Message;
import java.util.List;

/**
 * Where a session writes its conversation as it grows, so that it can be resumed: every message in
 * the order it joins the conversation, and the whole conversation when a compaction replaces it.
 * Called on the session's thread; events are journaled by whoever receives them.
 */
public interface Journal {

  /** Keeps nothing. */
  Journal NONE =
      new Journal() {
        @Override
        public void message(Message message) {}

        @Override
        public void reset(List<Message> conversation) {}
      };

  /** {@code message} joined the conversation. */
  void message(Message message);

  /** The conversation is now {@code conversation} (after a compaction). */
  void reset(List<Message> conversation);
}
