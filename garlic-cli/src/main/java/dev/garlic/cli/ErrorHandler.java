package dev.garlic.cli;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Spelling;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on stderr and an exit code: bad usage exits 2 with picocli's "did
 * you mean" suggestions; a {@link GarlicException} exits with its {@link ErrorCode}; anything else
 * is a bug, reported as an internal error (exit 1) with a stack trace only under {@code -v}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  private final GlobalOptions options;

  ErrorHandler(GlobalOptions options) {
    this.options = options;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("garlic: " + ex.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
      closeOption(ex).ifPresent(option -> err.println("Did you mean: " + option + "?"));
    }
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ErrorCode.USAGE.exitCode();
  }

  /**
   * An option of the command close to an unknown one, for typos picocli's own similarity misses
   * ({@code --knd} for {@code --kind}).
   */
  private static Optional<String> closeOption(ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException unmatched)) {
      return Optional.empty();
    }
    List<String> options =
        ex.getCommandLine().getCommandSpec().options().stream()
            .flatMap(o -> Arrays.stream(o.names()))
            .toList();
    return unmatched.getUnmatched().stream()
        .filter(arg -> arg.startsWith("-"))
        .map(arg -> Spelling.closest(arg.split("=", 2)[0], options))
        .flatMap(Optional::stream)
        .findFirst();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    return report(ex, command.getErr());
  }

  /** Prints {@code failure} as one line (plus a stack trace under -v); returns the exit code. */
  int report(Throwable failure, PrintWriter err) {
    int code;
    if (failure instanceof GarlicException expected) {
      err.println("garlic: " + expected.getMessage());
      code = expected.error().code().exitCode();
    } else {
      // An Error's message alone ("dev/garlic/Foo") hides what happened; its class says it.
      String message =
          failure.getMessage() == null || failure instanceof Error
              ? failure.toString()
              : failure.getMessage();
      err.println(
          "garlic: internal error: "
              + message
              + (options.verbose ? "" : " (run with -v for details)"));
      code = ErrorCode.FAILURE.exitCode();
    }
    if (options.verbose && (code == ErrorCode.FAILURE.exitCode() || failure.getCause() != null)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
