package dev.garlic.agent.exec;

import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.loop.TurnPlanner;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.agent.route.ModeChoice;
import dev.garlic.agent.route.Route;
import dev.garlic.agent.route.RouteProbe;
import dev.garlic.agent.route.RouteRequest;
import dev.garlic.agent.route.Router;
import dev.garlic.agent.route.RouterSettings;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Tool;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Routes every request of a session through the {@link Router}: the request's signals (kind, code
 * size, engines, failing tests, budget, models) pick Reflex or Deep, and with it the model, the
 * step limit, the reasoning effort, the context budget and whether the turn is verified. A step
 * limit the user gave wins over the route's. Each turn's decision is announced as a {@code route}
 * notice.
 */
public final class RoutePlanner implements TurnPlanner {

  private final RouteProbe probe;
  private final Router router;
  private final ModelSetup models;
  private final Budget budget;
  private final @Nullable String command;
  private final int userMaxSteps;

  /**
   * @param tools the tools of the session (the probe uses {@code locate} and the engines' tools)
   * @param command the command the request came through ({@code fix}, {@code test}, ...), or null
   *     for a task in words
   * @param userMaxSteps the step limit the user gave, or 0 to take the route's
   */
  public RoutePlanner(
      List<Tool> tools,
      RouterSettings settings,
      ModelSetup models,
      Budget budget,
      @Nullable String command,
      int userMaxSteps) {
    this.probe = new RouteProbe(tools, settings);
    this.router = new Router(settings, models.catalog());
    this.models = models;
    this.budget = budget;
    this.command = command;
    this.userMaxSteps = userMaxSteps;
  }

  /** The route of {@code request} in {@code mode}, as {@code --explain-route} shows it. */
  public Route route(String request, String mode, EngineContext context) {
    return router.route(
        probe.probe(new RouteRequest(request, command, budget, 0), context, models),
        ModeChoice.parse(mode));
  }

  @Override
  public Plan plan(String request, String mode, EngineContext context) {
    Route route = route(request, mode, context);
    return new Plan(
        route.model().map(Object::toString).orElse(null),
        userMaxSteps > 0 ? userMaxSteps : route.maxSteps(),
        route.reasoningEffort(),
        route.contextTokens(),
        route.verificationRequired(),
        route.describe());
  }
}
