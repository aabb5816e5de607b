package dev.garlic.agent.loop;

import dev.garlic.spi.EngineContext;
import java.util.Optional;

/**
 * Gathers the code that matters for a session's first request, so the model starts with it instead
 * of spending steps finding it. Runs once, on the session's thread, before the first model call;
 * failures are the source's to report (through the context's reporter) and mean "no context".
 */
@FunctionalInterface
public interface ContextSource {

  /**
   * Heads the message that carries the gathered context, so the model (and anyone reading the
   * conversation back) knows where it came from and that the user did not write it.
   */
  String PREAMBLE =
      "Code that Garlic's index found relevant to the request below (ranked; read more with the"
          + " tools when you need it):\n\n";

  /** Gathers nothing. */
  ContextSource NONE = (request, budget, context) -> Optional.empty();

  /**
   * The context for {@code request} as text for the model, or empty when there is none.
   *
   * @param budget the most tokens the context may take, or 0 for the source's own default
   */
  Optional<String> gather(String request, int budget, EngineContext context);
}
