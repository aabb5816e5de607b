package dev.garlic.llm;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;

/**
 * A model call failed for a reason retrying will not fix (or retries ran out). Carries a {@link
 * GarlicError} whose message names the problem and, when the user can, the fix.
 */
public class ModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient GarlicError error;

  public ModelException(GarlicError error) {
    super(error.message());
    this.error = error;
  }

  public ModelException(GarlicError error, Throwable cause) {
    super(error.message(), cause);
    this.error = error;
  }

  public static ModelException of(ErrorCode code, String message) {
    return new ModelException(GarlicError.of(code, message));
  }

  public GarlicError error() {
    return error;
  }
}
