/**
 * The router: for each request, Reflex (a deterministic engine or a small model, small context, few
 * steps) or Deep (a strong model, high reasoning effort, the full loop and verification), decided
 * from measurable signals and explained reason by reason. {@link dev.garlic.agent.route.RouteProbe}
 * gathers the {@link dev.garlic.agent.route.RouteSignals} of a request, {@link
 * dev.garlic.agent.route.Router} turns them into a {@link dev.garlic.agent.route.Route}; thresholds
 * are {@link dev.garlic.agent.route.RouterSettings} ({@code router.*} keys). See {@code
 * docs/router.md}.
 */
@NullMarked
package dev.garlic.agent.route;

import org.jspecify.annotations.NullMarked;
