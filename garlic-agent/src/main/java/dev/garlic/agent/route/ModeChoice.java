package dev.garlic.agent.route;

import dev.garlic.spi.GarlicException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user asked for with {@code --mode}: a forced mode, or {@code auto} to let the router
 * decide.
 */
public enum ModeChoice {
  AUTO,
  REFLEX,
  DEEP;

  /**
   * Parses the value of {@code --mode}, case-insensitively.
   *
   * @throws GarlicException (usage) for anything but {@code reflex}, {@code deep} or {@code auto}
   */
  public static ModeChoice parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "reflex" -> REFLEX;
      case "deep" -> DEEP;
      default ->
          throw GarlicException.usage("--mode must be reflex, deep or auto, was '" + text + "'");
    };
  }

  /** The forced mode, or empty for {@link #AUTO}. */
  public Optional<RouteMode> forced() {
    return switch (this) {
      case AUTO -> Optional.empty();
      case REFLEX -> Optional.of(RouteMode.REFLEX);
      case DEEP -> Optional.of(RouteMode.DEEP);
    };
  }
}
