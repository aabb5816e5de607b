package dev.garlic.agent.loop;

import dev.garlic.llm.CancelToken;
import dev.garlic.spi.Cancellation;

/**
 * The stop switch of one turn: one flag for the model call in flight and one for the tool in
 * flight, both thrown by {@link #cancel()} from any thread.
 */
final class TurnControl {

  private final CancelToken model = new CancelToken();
  private final Cancellation tools = Cancellation.create();

  CancelToken model() {
    return model;
  }

  Cancellation tools() {
    return tools;
  }

  void cancel() {
    tools.cancel();
    model.cancel();
  }

  boolean isCancelled() {
    return model.isCancelled();
  }
}
