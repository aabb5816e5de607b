package dev.garlic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import dev.garlic.workspace.config.Config;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code garlic test TARGET}: generates verified JUnit 5 tests (docs/testgen.md). Runs the {@code
 * generate_tests} tool with the project's build tool and child JVMs started as plain processes,
 * prints its table (or the report as JSON), and exits 1 when no test could be kept for any class.
 */
@Command(
    name = "test",
    description =
        "Generate readable JUnit 5 tests that compile and pass, with coverage before and after.",
    footer = {
      "",
      "TARGET: a class (com.acme.Money), a package, a source file or a module directory.",
      "Exit codes: 0 tests written (or verified, with --dry-run) for at least one class;",
      "1 no test could be kept for any class; 2 bad usage (a bad --budget);",
      "3 environment (no mvn/gradle, a child JVM that cannot start);",
      "4 bad input (class not found, the project does not compile, no public API,",
      "an interface without implementations, an existing test file without --force).",
      "See docs/testgen.md."
    })
final class TestCommand implements Callable<Integer> {

  private static final Pattern BUDGET = Pattern.compile("(\\d+)\\s*(s|m|min)?");

  private final Invocation invocation;

  @Parameters(
      paramLabel = "TARGET",
      description = "A class, package, source file or module directory.")
  String target = "";

  @Option(
      names = "--budget",
      paramLabel = "TIME",
      description = "Exploration time per class, e.g. 30s or 2m (default 60s).")
  @Nullable String budget;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Test source root to write into (default: the module's, e.g. src/test/java).")
  @Nullable String out;

  @Option(names = "--dry-run", description = "Print the verified tests; write nothing.")
  boolean dryRun;

  @Option(names = "--mutation", description = "Also run PIT and report the mutation score.")
  boolean mutation;

  @Option(names = "--force", description = "Overwrite an existing <Class>GarlicTest.java.")
  boolean force;

  TestCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ObjectNode args = Json.object();
    Path base = invocation.base();
    args.put("target", target(base));
    if (budget != null) {
      args.put("budgetSeconds", seconds(budget));
    }
    if (out != null) {
      args.put("out", base.resolve(out).normalize().toString());
    }
    args.put("dryRun", dryRun);
    args.put("mutation", mutation);
    args.put("force", force);
    Tool tool =
        invocation
            .engines()
            .tool("generate_tests")
            .orElseThrow(
                () ->
                    GarlicException.environment(
                        "no tool 'generate_tests' on the class path; rebuild garlic so that"
                            + " garlic-testgen is included"));
    Path root = invocation.root();
    Config settings = invocation.config(root);
    ConsoleReporter progress = invocation.reporter(settings);
    ToolResult result;
    try {
      result =
          tool.call(
              args,
              new EngineContext(root, settings, progress, invocation.cancellation())
                  .withCommands(new ProcessRunner()));
    } finally {
      progress.close();
    }
    invocation.output(settings).print(result);
    return exitCode(result);
  }

  /** A TARGET naming an existing path is made absolute against the working directory. */
  private String target(Path base) {
    String spec = target.strip();
    if (spec.isEmpty()) {
      throw GarlicException.usage(
          "garlic test needs a TARGET: a class, package, source file or module directory");
    }
    try {
      Path path = base.resolve(spec).normalize();
      return Files.exists(path) ? path.toString() : spec;
    } catch (InvalidPathException e) {
      return spec;
    }
  }

  /** {@code 90}, {@code 90s}, {@code 2m}: whole seconds, at least one. */
  static int seconds(String budget) {
    Matcher m = BUDGET.matcher(budget.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw GarlicException.usage("--budget takes a time such as 30s or 2m, not '" + budget + "'");
    }
    long value;
    try {
      value = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw GarlicException.usage("--budget '" + budget + "' is too large");
    }
    long seconds = m.group(2) == null || m.group(2).equals("s") ? value : value * 60;
    if (seconds < 1 || seconds > 3600) {
      throw GarlicException.usage("--budget must be between 1s and 60m, not '" + budget + "'");
    }
    return (int) seconds;
  }

  /** 0 when some class got tests, else 1. */
  static int exitCode(ToolResult result) {
    JsonNode classes = Json.MAPPER.valueToTree(result.value()).path("classes");
    for (JsonNode c : classes) {
      if (c.path("written").asInt(0) > 0) {
        return 0;
      }
    }
    return ErrorCode.FAILURE.exitCode();
  }
}
