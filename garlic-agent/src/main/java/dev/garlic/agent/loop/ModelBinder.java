package dev.garlic.agent.loop;

import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ModelRef;
import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.spi.GarlicException;

/**
 * Connects a session to another model when the user switches ({@link
 * dev.garlic.protocol.agent.Op.SetModel}). The binder owns the clients it creates and closes them
 * when the session's owner closes it.
 */
@FunctionalInterface
public interface ModelBinder {

  /** A binder that refuses every switch: the session keeps the model it started with. */
  ModelBinder FIXED =
      spec -> {
        throw GarlicException.usage("this session cannot switch models");
      };

  /**
   * The model named {@code spec} ({@code PROVIDER/model-id}), a client for its provider, and its
   * price.
   *
   * @throws GarlicException with a one-line reason (unknown provider, missing key, malformed name)
   */
  Binding bind(String spec);

  /** A model, the client that calls it, and its price. */
  record Binding(ModelRef model, ModelProvider provider, ModelPrice price) {}
}
