package dev.garlic.protocol;

/**
 * What kind of problem an error is, and the process exit code the command line uses for it. The
 * codes are documented in {@code docs/cli.md}; changing one is a breaking change.
 */
public enum ErrorCode {
  /** Something failed that is not the user's doing (a bug, an I/O failure of the machine). */
  FAILURE(1),
  /** Bad command-line usage: unknown option, missing argument, a value out of range. */
  USAGE(2),
  /** The environment lacks something: no suitable JDK, a tool that is not installed. */
  ENVIRONMENT(3),
  /** Bad input: a missing or unreadable directory or file, a symbol that does not exist. */
  INPUT(4),
  /** Bad configuration: invalid TOML, an unknown key, a value of the wrong type. */
  CONFIG(5),
  /** The code index cannot be read or written. */
  INDEX(6),
  /** The user interrupted the command (Ctrl-C). */
  INTERRUPTED(130);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
