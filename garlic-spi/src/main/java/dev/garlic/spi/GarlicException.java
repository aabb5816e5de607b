package dev.garlic.spi;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;

/**
 * An expected failure that carries a {@link GarlicError}: the front end shows its one-line message
 * and exits with its code; an agent hands it back to the model. Never used for bugs.
 */
public class GarlicException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient GarlicError error;

  public GarlicException(GarlicError error) {
    super(error.message());
    this.error = error;
  }

  public GarlicException(GarlicError error, Throwable cause) {
    super(error.message(), cause);
    this.error = error;
  }

  public GarlicError error() {
    return error;
  }

  public static GarlicException usage(String message) {
    return new GarlicException(GarlicError.of(ErrorCode.USAGE, message));
  }

  public static GarlicException input(String message) {
    return new GarlicException(GarlicError.of(ErrorCode.INPUT, message));
  }

  public static GarlicException config(String message) {
    return new GarlicException(GarlicError.of(ErrorCode.CONFIG, message));
  }

  public static GarlicException index(String message, Throwable cause) {
    return new GarlicException(GarlicError.of(ErrorCode.INDEX, message), cause);
  }

  public static GarlicException environment(String message) {
    return new GarlicException(GarlicError.of(ErrorCode.ENVIRONMENT, message));
  }
}
