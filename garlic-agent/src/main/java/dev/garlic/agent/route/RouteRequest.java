package dev.garlic.agent.route;

import dev.garlic.agent.loop.Budget;
import org.jspecify.annotations.Nullable;

/**
 * A request as the front end received it.
 *
 * @param text the request in words
 * @param command the command that carries it ({@code fix}, {@code explain}, {@code exec}), or null
 * @param budget what the user may still spend
 * @param knownFailingTests failing tests known from elsewhere (the last verification run); the
 *     count reported in {@code text} is added by the probe when larger
 */
public record RouteRequest(
    String text, @Nullable String command, Budget budget, int knownFailingTests) {

  public RouteRequest {
    if (knownFailingTests < 0) {
      throw new IllegalArgumentException("knownFailingTests must not be negative");
    }
  }

  /** A request in words with no command, no budget limit and no known failures. */
  public static RouteRequest of(String text) {
    return new RouteRequest(text, null, Budget.UNLIMITED, 0);
  }
}
