package dev.garlic.audit;

import dev.garlic.audit.suppress.Baseline;
import dev.garlic.audit.suppress.CommentSuppressions;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs an audit: loads the project ({@link ProjectLoader}), runs every {@link Check}, keeps the
 * findings of the requested rules in the requested paths, and marks those that a {@code //
 * garlic:ignore} comment or the baseline suppresses. Thread-safe if its checks are.
 */
public final class Auditor {

  private final List<Check> checks;
  private final RuleCatalog catalog;

  /**
   * An auditor running {@code checks}.
   *
   * @throws IllegalStateException if a check names a rule that is not in {@code catalog}
   */
  public Auditor(List<Check> checks, RuleCatalog catalog) {
    for (Check check : checks) {
      for (String rule : check.rules()) {
        if (catalog.find(rule).isEmpty()) {
          throw new IllegalStateException(
              check.getClass().getName()
                  + " reports rule "
                  + rule
                  + ", which is not in the catalog");
        }
      }
    }
    this.checks = List.copyOf(checks);
    this.catalog = catalog;
  }

  /** An auditor with the shipped catalog and every {@link Check} on the class path. */
  public static Auditor discover() {
    List<Check> found = new ArrayList<>();
    ServiceLoader.load(Check.class, Auditor.class.getClassLoader()).forEach(found::add);
    return new Auditor(found, RuleCatalog.shipped());
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  /**
   * Audits the workspace at {@code root}.
   *
   * @throws GarlicException (usage) for an unknown rule id, (input) for a requested path that does
   *     not exist or an unreadable baseline, (interrupted) when cancelled
   */
  public AuditReport audit(
      Path root, AuditRequest request, Reporter reporter, Cancellation cancellation) {
    long started = System.nanoTime();
    Set<String> rules = selectedRules(request);
    List<String> paths = requestedPaths(root, request.paths(), true);
    Baseline baseline = baseline(root, request.baseline());
    Run run = run(root, rules, paths, reporter, cancellation);
    List<Finding> findings = new ArrayList<>();
    Map<String, SourceFile> byPath = new HashMap<>();
    run.project().files().forEach(f -> byPath.put(f.path(), f));
    Map<String, CommentSuppressions> comments = new HashMap<>();
    for (Finding f : run.findings()) {
      CommentSuppressions inFile =
          comments.computeIfAbsent(f.location().path(), p -> comments(byPath, p));
      findings.add(
          inFile.suppression(f).or(() -> baseline.suppression(f)).map(f::suppressed).orElse(f));
    }
    List<String> warnings = new ArrayList<>(run.warnings());
    for (SourceFile file : run.project().files()) {
      if (inPaths(file.path(), paths)) {
        warnings.addAll(CommentSuppressions.of(file.path(), file.text()).warnings());
      }
    }
    if (checks.isEmpty()) {
      warnings.add("no security checks are on the class path, so nothing was analysed");
    }
    warnings.forEach(reporter::warn);
    List<String> ran =
        rules.stream().filter(r -> checks.stream().anyMatch(c -> c.rules().contains(r))).toList();
    long millis = (System.nanoTime() - started) / 1_000_000;
    return AuditReport.of(
        findings, run.project().files().size(), run.skipped(), warnings, ran, millis);
  }

  /**
   * The findings of the requested rules in the requested paths, before suppressions; paths that do
   * not exist are simply empty (the base of a diff may lack files the request names).
   */
  public List<Finding> findings(
      Path root, AuditRequest request, Reporter reporter, Cancellation cancellation) {
    return run(
            root,
            selectedRules(request),
            requestedPaths(root, request.paths(), false),
            reporter,
            cancellation)
        .findings();
  }

  private record Run(
      AuditProject project,
      List<Finding> findings,
      List<AuditSummary.SkippedFile> skipped,
      List<String> warnings) {}

  private Run run(
      Path root,
      Set<String> rules,
      List<String> paths,
      Reporter reporter,
      Cancellation cancellation) {
    ProjectLoader.Loaded loaded = new ProjectLoader().load(root, reporter, cancellation);
    List<String> warnings = new ArrayList<>();
    for (AuditSummary.SkippedFile s : loaded.skipped()) {
      warnings.add("skipped " + s.path() + ": " + s.reason());
    }
    List<Check> selected =
        checks.stream().filter(c -> c.rules().stream().anyMatch(rules::contains)).toList();
    Set<String> seen = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    int done = 0;
    for (Check check : selected) {
      cancellation.check();
      reporter.progress("audit", done++, selected.size());
      List<Finding> reported;
      try {
        reported = check.run(loaded.project(), catalog, cancellation);
      } catch (GarlicException e) {
        throw e;
      } catch (RuntimeException e) {
        // One broken check must not cost the user the findings of the others.
        warnings.add(check.getClass().getSimpleName() + " failed and was skipped: " + e);
        continue;
      }
      for (Finding f : reported) {
        if (rules.contains(f.ruleId())
            && inPaths(f.location().path(), paths)
            && seen.add(f.fingerprint() + "@" + f.location().line())) {
          findings.add(f);
        }
      }
    }
    cancellation.check();
    reporter.progress("audit", selected.size(), selected.size());
    return new Run(loaded.project(), findings, loaded.skipped(), warnings);
  }

  /** The rule ids the request selects, in catalog order. */
  Set<String> selectedRules(AuditRequest request) {
    request.rules().forEach(catalog::get);
    request.excludeRules().forEach(catalog::get);
    Set<String> selected = new LinkedHashSet<>();
    for (Rule rule : catalog.all()) {
      if ((request.rules().isEmpty() || request.rules().contains(rule.id()))
          && !request.excludeRules().contains(rule.id())) {
        selected.add(rule.id());
      }
    }
    return selected;
  }

  /**
   * {@code paths} (relative to {@code root} or absolute) relative to {@code root}, {@code
   * /}-separated; empty when they cover everything.
   *
   * @throws GarlicException (input) for a path outside {@code root}, or one that does not exist
   *     when {@code mustExist}
   */
  public static List<String> requestedPaths(Path root, List<String> paths, boolean mustExist) {
    List<String> relative = new ArrayList<>();
    for (String p : paths) {
      Path resolved = real(root.resolve(p).normalize());
      root = real(root);
      if (!resolved.startsWith(root)) {
        throw GarlicException.input(p + " is outside the workspace " + root);
      }
      if (mustExist && !Files.exists(resolved)) {
        throw GarlicException.input(p + " does not exist under " + root);
      }
      String rel = root.relativize(resolved).toString().replace('\\', '/');
      if (rel.isEmpty()) {
        return List.of();
      }
      relative.add(rel);
    }
    return relative;
  }

  /** {@code path} with symbolic links resolved when it exists, so that spellings compare. */
  private static Path real(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path;
    } catch (java.io.IOException e) {
      return path;
    }
  }

  static boolean inPaths(String path, List<String> paths) {
    return paths.isEmpty()
        || paths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  private static Baseline baseline(Path root, @Nullable Path requested) {
    if (requested != null) {
      return Baseline.read(root.resolve(requested));
    }
    Path fallback = root.resolve(Baseline.DEFAULT_PATH);
    return Files.isRegularFile(fallback) ? Baseline.read(fallback) : Baseline.empty();
  }

  private static CommentSuppressions comments(Map<String, SourceFile> files, String path) {
    SourceFile file = files.get(path);
    return CommentSuppressions.of(path, file == null ? "" : file.text());
  }
}
