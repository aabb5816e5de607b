package dev.garlic.cli;

import dev.garlic.spi.Engines;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The {@code garlic} command. {@link #main} runs it on the real process; {@link #run} runs it
 * in-process on given streams and environment, which is how tests and embedders call it. Exit codes
 * are those of {@link dev.garlic.protocol.ErrorCode}; Ctrl-C cancels running tools and the JVM
 * exits with 130.
 */
public final class Main {

  private final Invocation invocation;
  private final ErrorHandler errors;
  private final CommandLine commandLine;

  private Main(Io io) {
    GlobalOptions options = new GlobalOptions();
    this.invocation =
        new Invocation(io, options, () -> Engines.discover(Main.class.getClassLoader()));
    this.errors = new ErrorHandler(options);
    this.commandLine =
        new CommandLine(new GarlicCommand(options, invocation), new CommandFactory(invocation))
            .setOut(writer(io.out()))
            .setErr(writer(io.err()))
            .setExecutionExceptionHandler(errors)
            .setParameterExceptionHandler(errors);
    addHelpOptions(commandLine);
  }

  /** {@code --help} (and {@code -h}) on every subcommand, as the usage errors suggest. */
  private static void addHelpOptions(CommandLine command) {
    for (CommandLine sub : command.getSubcommands().values()) {
      sub.getCommandSpec().mixinStandardHelpOptions(true);
      addHelpOptions(sub);
    }
  }

  public static void main(String[] args) {
    // Libraries log through java.util.logging (Lucene's vectorisation notice); only this front
    // end decides what reaches the terminal, and it shows engine problems through the Reporter.
    Logger.getLogger("").setLevel(Level.SEVERE);
    Main main = new Main(Io.system());
    Runtime.getRuntime().addShutdownHook(new Thread(main.invocation::cancel, "garlic-interrupt"));
    System.exit(main.execute(args));
  }

  /**
   * Runs {@code garlic args} in-process, with an empty stdin, the JVM's working and home
   * directories, and no terminal (so no colour or progress).
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(
        args,
        new Io(
            InputStream.nullInputStream(),
            out,
            err,
            env,
            Path.of(System.getProperty("user.dir")),
            Path.of(System.getProperty("user.home")),
            false));
  }

  static int run(String[] args, Io io) {
    return new Main(io).execute(args);
  }

  private int execute(String[] args) {
    Io io = invocation.io();
    boolean color =
        Palette.enabled(
            Arrays.asList(args).contains("--no-color"),
            io.env().getOrDefault("NO_COLOR", ""),
            "auto",
            io.interactive());
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(new Palette(color).ansi()));
    try {
      return commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands only Exceptions to the handler; an Error (a class missing from a broken
      // installation, a stack overflow) still deserves one line rather than a stack trace.
      return errors.report(e, commandLine.getErr());
    }
  }

  private static PrintWriter writer(PrintStream stream) {
    Charset charset = stream.charset();
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}
