package dev.garlic.protocol;

import org.jspecify.annotations.Nullable;

/**
 * An error as data: a code, a one-line message that names the problem and the fix, and where it
 * happened when that is known.
 */
public record GarlicError(ErrorCode code, String message, @Nullable Location location) {

  public static GarlicError of(ErrorCode code, String message) {
    return new GarlicError(code, message, null);
  }
}
