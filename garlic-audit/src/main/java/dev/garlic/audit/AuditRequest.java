package dev.garlic.audit;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to audit and how.
 *
 * @param paths files or directories (relative to the workspace root) whose findings are reported;
 *     empty means the whole project. The whole project is always analysed, so that flows through
 *     other files are followed.
 * @param rules only these rule ids; empty means every rule
 * @param excludeRules never these rule ids
 * @param baseline the baseline file of accepted findings, or null for {@code
 *     .garlic/audit-baseline.json} when it exists
 */
public record AuditRequest(
    List<String> paths, List<String> rules, List<String> excludeRules, @Nullable Path baseline) {

  public AuditRequest {
    paths = List.copyOf(paths);
    rules = List.copyOf(rules);
    excludeRules = List.copyOf(excludeRules);
  }

  /** The whole project, every rule, the default baseline. */
  public static AuditRequest all() {
    return new AuditRequest(List.of(), List.of(), List.of(), null);
  }

  /** This request limited to {@code paths}. */
  public AuditRequest withPaths(List<String> paths) {
    return new AuditRequest(paths, rules, excludeRules, baseline);
  }
}
