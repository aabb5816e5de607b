package dev.garlic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import dev.garlic.workspace.config.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code garlic audit [PATH...]}: the security audit (docs/audit.md). Runs the {@code audit_report}
 * tool, prints its report, and exits 1 when {@code --fail-on} finds an unsuppressed finding at or
 * above the given severity.
 */
@Command(
    name = "audit",
    description = "Find security vulnerabilities (OWASP Top 10) in Java code.",
    footer = {
      "",
      "Exit codes: 0 no finding at or above --fail-on (or no --fail-on);",
      "1 such a finding; 2 bad usage (an unknown rule id, say);",
      "4 bad input (a SARIF file that cannot be written, checked first).",
      "See docs/audit.md."
    })
final class AuditCommand implements Callable<Integer> {

  private static final List<String> SEVERITIES = List.of("low", "medium", "high");

  private final Invocation invocation;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Report only on these files or directories.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--sarif",
      paramLabel = "FILE",
      description = "Also write the report as SARIF 2.1.0 to FILE.")
  @Nullable String sarif;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "Exit 1 if an unsuppressed finding of low|medium|high or worse exists.")
  @Nullable String failOn;

  @Option(names = "--rules", paramLabel = "IDS", split = ",", description = "Only these rule ids.")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--exclude-rules",
      paramLabel = "IDS",
      split = ",",
      description = "Never these rule ids.")
  List<String> excludeRules = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Accepted findings (default .garlic/audit-baseline.json).")
  @Nullable String baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Write the unsuppressed findings to FILE as the baseline.")
  @Nullable String writeBaseline;

  @Option(
      names = "--diff",
      paramLabel = "BASE",
      description = "Only findings introduced since the git revision BASE.")
  @Nullable String diff;

  AuditCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    if (failOn != null && !SEVERITIES.contains(failOn.toLowerCase(Locale.ROOT))) {
      throw GarlicException.usage("--fail-on takes low, medium or high, not '" + failOn + "'");
    }
    Path base = invocation.base();
    ObjectNode args = Json.object();
    ArrayNode pathArgs = args.putArray("paths");
    paths.forEach(p -> pathArgs.add(base.resolve(p).normalize().toString()));
    ArrayNode ruleArgs = args.putArray("rules");
    rules.forEach(ruleArgs::add);
    ArrayNode excludeArgs = args.putArray("excludeRules");
    excludeRules.forEach(excludeArgs::add);
    putPath(args, "baseline", baseline, base);
    putPath(args, "sarif", sarif, base);
    putPath(args, "writeBaseline", writeBaseline, base);
    if (diff != null) {
      args.put("diff", diff);
    }
    Tool tool =
        invocation
            .engines()
            .tool("audit_report")
            .orElseThrow(
                () ->
                    GarlicException.environment(
                        "no tool 'audit_report' on the class path; rebuild garlic so that"
                            + " garlic-audit is included"));
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
    return failOn == null ? 0 : exitCode(result, failOn.toLowerCase(Locale.ROOT));
  }

  /** 1 if the report counts an unsuppressed finding at {@code threshold} or worse, else 0. */
  static int exitCode(ToolResult result, String threshold) {
    JsonNode summary = Json.MAPPER.valueToTree(result.value()).path("summary");
    int count = 0;
    for (String severity : SEVERITIES.subList(SEVERITIES.indexOf(threshold), SEVERITIES.size())) {
      count += summary.path(severity).asInt(0);
    }
    return count > 0 ? ErrorCode.FAILURE.exitCode() : 0;
  }

  private static void putPath(ObjectNode args, String name, @Nullable String value, Path base) {
    if (value != null) {
      args.put(name, base.resolve(value).normalize().toString());
    }
  }
}
