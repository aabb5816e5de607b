package dev.garlic.llm.provider;

import dev.garlic.llm.ModelException;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns an HTTP failure of a provider into a {@link TransientFailure} or a {@link ModelException}.
 */
final class ProviderFailures {

  private ProviderFailures() {}

  /**
   * The exception for an answer with {@code status}; {@code headers} gives a header's values by
   * name, {@code detail} is the provider's own error message.
   */
  static RuntimeException forStatus(
      String provider,
      int status,
      Function<String, List<String>> headers,
      String detail,
      Throwable cause) {
    if (TransientFailure.isTransient(status)) {
      @Nullable Duration wait =
          RetryAfter.parse(
              headers.apply("retry-after-ms"), headers.apply("retry-after"), Clock.systemUTC());
      return new TransientFailure(status, wait, detail, cause);
    }
    String fix =
        switch (status) {
          case 401, 403 -> "; check the API key of provider \"" + provider + "\"";
          case 404 -> "; check the model id and the base_url of provider \"" + provider + "\"";
          default -> "";
        };
    return ModelException.of(
        status == 401 || status == 403 || status == 404 ? ErrorCode.CONFIG : ErrorCode.FAILURE,
        "provider \""
            + provider
            + "\" refused the request with HTTP "
            + status
            + ": "
            + oneLine(detail)
            + fix);
  }

  /** The exception for a connection that failed or broke. */
  static TransientFailure forIo(Throwable cause) {
    return new TransientFailure(0, null, oneLine(String.valueOf(cause.getMessage())), cause);
  }

  /** The exception for a stream that broke after it started, which is not retried. */
  static ModelException broken(String provider, TransientFailure cause) {
    return ModelException.of(
        ErrorCode.FAILURE,
        "provider \""
            + provider
            + "\" broke off its answer ("
            + cause.getMessage()
            + "); try again");
  }

  /** The exception for an answer Garlic cannot read. */
  static ModelException unreadable(String provider, Throwable cause) {
    return new ModelException(
        GarlicError.of(
            ErrorCode.FAILURE,
            "provider \""
                + provider
                + "\" sent an answer Garlic cannot read: "
                + oneLine(String.valueOf(cause.getMessage()))),
        cause);
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
  }
}
