package dev.garlic.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process's surroundings as the command sees them, injectable so that tests run commands
 * in-process.
 *
 * @param in standard input (for {@code --task-file -})
 * @param out standard output: results only
 * @param err standard error: diagnostics, warnings and progress
 * @param env the environment variables
 * @param cwd the directory relative paths are resolved against
 * @param home the user's home directory
 * @param interactive true if a person is watching a terminal (enables progress and colour)
 */
record Io(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    Path cwd,
    Path home,
    boolean interactive) {

  /** The real process streams and environment. */
  static Io system() {
    return new Io(
        System.in,
        System.out,
        System.err,
        System.getenv(),
        Path.of(System.getProperty("user.dir")),
        Path.of(System.getProperty("user.home")),
        isTerminal());
  }

  /**
   * True if the JVM is attached to a terminal. From JDK 22 {@link System#console()} is non-null
   * even when redirected and {@code Console.isTerminal()} tells; the build targets 21, so that
   * method is looked up reflectively.
   */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
