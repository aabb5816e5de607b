package dev.garlic.llm;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;

/**
 * A model call was stopped by its {@link CancelToken} or by an interrupt of the calling thread. Its
 * error code is {@link ErrorCode#INTERRUPTED}; the thread's interrupt flag is restored when an
 * interrupt caused it.
 */
public final class ModelCancelledException extends ModelException {

  private static final long serialVersionUID = 1L;

  public ModelCancelledException() {
    super(GarlicError.of(ErrorCode.INTERRUPTED, "the model call was cancelled"));
  }
}
