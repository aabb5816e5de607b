package dev.garlic.audit;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.garlic.audit.AuditSummary.SkippedFile;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.Language;
import dev.garlic.workspace.WalkResult;
import dev.garlic.workspace.Workspace;
import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.BuildSystem;
import dev.garlic.workspace.build.Classpath;
import dev.garlic.workspace.build.ClasspathResolver;
import dev.garlic.workspace.java.JavaFrontEnd;
import dev.garlic.workspace.java.ParsedJava;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a workspace into an {@link AuditProject}: every Java file parsed (in parallel) and the text
 * of the files under resource roots ({@code src/<set>/resources/}) by class-path name.
 */
final class ProjectLoader {

  /** {@code src/main/resources/} and the like, anywhere in a multi-module tree. */
  private static final Pattern RESOURCE_ROOT = Pattern.compile("(?:^|.*/)src/[^/]+/resources/");

  private final JavaFrontEnd frontEnd = new JavaFrontEnd();

  /** The loaded project and the Java files that could not be parsed. */
  record Loaded(AuditProject project, List<SkippedFile> skipped) {}

  Loaded load(Path root, Reporter reporter, Cancellation cancellation) {
    WalkResult walk = Workspace.open(root).walk(reporter);
    List<dev.garlic.workspace.SourceFile> java =
        walk.files().stream().filter(f -> f.language() == Language.JAVA).toList();
    AtomicLong done = new AtomicLong();
    List<Parsed> parsed =
        java.parallelStream()
            .map(
                f -> {
                  cancellation.check();
                  Parsed p = parse(f);
                  reporter.progress("parse", done.incrementAndGet(), java.size());
                  return p;
                })
            .toList();
    List<SourceFile> files = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    for (Parsed p : parsed) {
      if (p.file() != null) {
        files.add(p.file());
      }
      if (p.skipped() != null) {
        skipped.add(p.skipped());
      }
    }
    skipped.sort(Comparator.comparing(SkippedFile::path));
    Map<String, String> resources = new TreeMap<>();
    for (var f : walk.files()) {
      Matcher m = RESOURCE_ROOT.matcher(f.path());
      if (f.language() == Language.TEXT && m.lookingAt()) {
        read(f.absolutePath())
            .ifPresent(text -> resources.putIfAbsent(f.path().substring(m.end()), text));
      }
    }
    reporter.progress("class path", 0, 1);
    List<Path> classpath = classpath(root);
    reporter.progress("class path", 1, 1);
    return new Loaded(new AuditProject(root, files, resources, classpath), skipped);
  }

  /**
   * The dependency jars of a Maven or Gradle workspace, from the build tool (offline, cached under
   * {@code .garlic/cache}); empty without a build or when it cannot tell.
   */
  private static List<Path> classpath(Path root) {
    BuildInfo build = BuildInfo.detect(root);
    if (build.system() == BuildSystem.NONE) {
      return List.of();
    }
    Classpath cp = new ClasspathResolver().resolve(build);
    return cp.compile().stream().filter(p -> p.toString().endsWith(".jar")).toList();
  }

  private record Parsed(@Nullable SourceFile file, @Nullable SkippedFile skipped) {}

  private Parsed parse(dev.garlic.workspace.SourceFile f) {
    var text = read(f.absolutePath());
    if (text.isEmpty()) {
      return new Parsed(null, new SkippedFile(f.path(), "cannot be read"));
    }
    ParsedJava result = frontEnd.parse(f.path(), text.get());
    if (result.compilationUnit() == null) {
      String reason = result.problems().isEmpty() ? "cannot be parsed" : result.problems().get(0);
      return new Parsed(null, new SkippedFile(f.path(), reason));
    }
    dropTokens(result.compilationUnit());
    return new Parsed(new SourceFile(f.path(), text.get(), result.compilationUnit()), null);
  }

  /**
   * Drops the token list JavaParser keeps for every node (whitespace and comments included) while
   * keeping each node's source range. The audit reads ranges, never tokens, and the tokens were
   * most of the memory a parsed project takes: about 2 GiB for Tomcat's 290k lines.
   */
  private static void dropTokens(CompilationUnit unit) {
    List<Node> nodes = new ArrayList<>();
    unit.walk(nodes::add);
    // Comments are not children: the walk misses them, and one token keeps the whole list alive.
    for (int i = 0, n = nodes.size(); i < n; i++) {
      nodes.get(i).getComment().ifPresent(nodes::add);
      nodes.addAll(nodes.get(i).getOrphanComments());
    }
    for (Node n : nodes) {
      Range range = n.getRange().orElse(null);
      n.setTokenRange(null);
      n.setRange(range);
    }
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
