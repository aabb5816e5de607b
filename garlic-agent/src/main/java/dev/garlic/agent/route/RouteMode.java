package dev.garlic.agent.route;

import java.util.Locale;

/** How a request is served. */
public enum RouteMode {
  /**
   * A deterministic engine, or a small model with a small context and few steps; seconds, cents.
   */
  REFLEX,
  /** A strong model at high reasoning effort, the full agent loop, verification before "done". */
  DEEP;

  /** The mode as users type it: {@code reflex}, {@code deep}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
