package dev.garlic.spi;

import java.util.List;

/**
 * A plugin that contributes tools (and the configuration keys they read). Engines are found with
 * {@link java.util.ServiceLoader}: each lists its class in {@code
 * META-INF/services/dev.garlic.spi.Engine}; nothing upstream names them.
 */
public interface Engine {

  /** A short lower-case name ({@code index}, {@code audit}). */
  String name();

  List<Tool> tools();

  default List<ConfigKey> configKeys() {
    return List.of();
  }
}
