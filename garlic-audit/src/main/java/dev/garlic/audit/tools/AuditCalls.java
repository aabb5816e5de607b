package dev.garlic.audit.tools;

import dev.garlic.audit.AuditReport;
import dev.garlic.audit.AuditRequest;
import dev.garlic.audit.Auditor;
import dev.garlic.audit.diff.DiffAudit;
import dev.garlic.audit.report.HumanReport;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the audit tools share: building requests, running plain and diff audits, rendering. */
final class AuditCalls {

  private AuditCalls() {}

  static List<String> list(@Nullable List<String> values) {
    return values == null ? List.of() : values;
  }

  /** {@code a,b} or {@code ["a","b"]} spellings both become a list of ids. */
  static List<String> ids(@Nullable List<String> values) {
    return list(values).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  static AuditReport run(
      Auditor auditor, EngineContext context, AuditRequest request, @Nullable String diffBase) {
    if (diffBase == null) {
      return auditor.audit(context.root(), request, context.reporter(), context.cancellation());
    }
    return new DiffAudit(auditor, context.commands(), gitEnvironment())
        .audit(context.root(), diffBase, request, context.reporter(), context.cancellation());
  }

  static ToolResult result(AuditReport report, Path root) {
    return new ToolResult(report, HumanReport.render(report, lines(root)));
  }

  /** The variables git needs to find itself and the user's configuration. */
  private static Map<String, String> gitEnvironment() {
    Map<String, String> env = new HashMap<>();
    for (String name : List.of("PATH", "HOME", "USER", "LANG", "TMPDIR")) {
      String value = System.getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    return env;
  }

  /** Source lines read from the workspace once per file. */
  static HumanReport.CodeLines lines(Path root) {
    Map<String, List<String>> cache = new HashMap<>();
    return (path, line) -> {
      List<String> text =
          cache.computeIfAbsent(
              path,
              p -> {
                try {
                  return Files.readAllLines(root.resolve(p), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                  return List.of();
                }
              });
      return line >= 1 && line <= text.size() ? text.get(line - 1).strip() : "";
    };
  }

  static GarlicException blank(String tool, String field) {
    return GarlicException.usage(tool + ": '" + field + "' must not be blank");
  }
}
