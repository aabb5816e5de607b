package dev.garlic.agent.tools;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current {@link Plan} of each workspace root, in memory for the life of the engine that owns
 * it (the agent loop reads it to keep the plan in the model's context; persisting it is the loop's
 * job). Thread-safe.
 */
public final class PlanStore {

  private final Map<Path, Plan> plans = new ConcurrentHashMap<>();

  /** The plan last stored for {@code root}, if any. */
  public Optional<Plan> current(Path root) {
    return Optional.ofNullable(plans.get(key(root)));
  }

  /** Replaces the plan of {@code root}. */
  public void put(Path root, Plan plan) {
    plans.put(key(root), plan);
  }

  private static Path key(Path root) {
    return root.toAbsolutePath().normalize();
  }
}
