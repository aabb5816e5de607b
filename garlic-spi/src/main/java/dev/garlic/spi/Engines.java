package dev.garlic.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The engines on the class path, found with {@link ServiceLoader}. Immutable. */
public final class Engines {

  private final List<Engine> engines;

  private Engines(List<Engine> engines) {
    this.engines = List.copyOf(engines);
  }

  /** Discovers every engine visible to {@code loader}, sorted by name. */
  public static Engines discover(ClassLoader loader) {
    List<Engine> found = new ArrayList<>();
    ServiceLoader.load(Engine.class, loader).forEach(found::add);
    found.sort(Comparator.comparing(Engine::name));
    return new Engines(found);
  }

  public List<Engine> all() {
    return engines;
  }

  /** Every tool of every engine, in engine order. */
  public List<Tool> tools() {
    return engines.stream().flatMap(e -> e.tools().stream()).toList();
  }

  public Optional<Tool> tool(String name) {
    return tools().stream().filter(t -> t.spec().name().equals(name)).findFirst();
  }

  /** Every configuration key declared by any engine. */
  public List<ConfigKey> configKeys() {
    return engines.stream().flatMap(e -> e.configKeys().stream()).toList();
  }
}
