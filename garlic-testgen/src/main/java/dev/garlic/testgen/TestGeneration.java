package dev.garlic.testgen;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testgen.api.ClassApi;
import dev.garlic.testgen.api.ProjectBytecode;
import dev.garlic.testgen.api.SourceApiReader;
import dev.garlic.testgen.coverage.CoverageMeter;
import dev.garlic.testgen.explore.Exploration;
import dev.garlic.testgen.explore.Explorer;
import dev.garlic.testgen.model.Coverage;
import dev.garlic.testgen.model.DropReason;
import dev.garlic.testgen.model.Dropped;
import dev.garlic.testgen.model.GeneratedSuite;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.mutation.MutationTester;
import dev.garlic.testgen.run.TestVerifier;
import dev.garlic.testgen.run.VerifiedSuite;
import dev.garlic.testgen.write.JUnitWriter;
import dev.garlic.testgen.write.TestSource;
import dev.garlic.workspace.AtomicFiles;
import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.BuildSystem;
import dev.garlic.workspace.build.Classpath;
import dev.garlic.workspace.build.ClasspathResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@code garlic test} pipeline for one TARGET of a Maven or Gradle project: resolve the TARGET
 * to classes, compile the project with its build tool, and for each class measure the coverage of
 * the existing tests, explore, render, verify (three fresh JVMs), write {@code
 * <Class>GarlicTest.java} atomically (never over an existing file unless forced), measure coverage
 * again and optionally the mutation score. Everything that runs project code goes through the given
 * {@link CommandRunner}. Progress goes to the {@link Reporter}: one unit per class.
 *
 * <p>Bad input is an input error before anything is written: a TARGET that matches nothing (with
 * the closest class names), a project that does not compile (its first compiler errors and the hint
 * to run {@code garlic fix}), and, when the TARGET is one class, a class without public API or an
 * interface or abstract class with no implementation in the project. For a package or module such
 * classes are reported as skipped. Thread-safe: every call uses its own temporary directory.
 */
public final class TestGeneration {

  /**
   * Limits of the child processes.
   *
   * @param build how long the project's build tool may run
   * @param coverage how long one coverage run of a class's tests may take
   * @param mutation how long one PIT run may take
   */
  public record Limits(Duration build, Duration coverage, Duration mutation) {

    /** Ten minutes to build, five per coverage run, ten per PIT run. */
    public static final Limits DEFAULTS =
        new Limits(Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofMinutes(10));
  }

  private final Limits limits;
  private final Explorer explorer;
  private final SourceApiReader reader = new SourceApiReader();
  private final JUnitWriter writer = new JUnitWriter();

  public TestGeneration() {
    this(Limits.DEFAULTS, new Explorer());
  }

  public TestGeneration(Limits limits, Explorer explorer) {
    this.limits = limits;
    this.explorer = explorer;
  }

  /**
   * Generates tests for {@code request.target()} in the project at {@code root}.
   *
   * @throws GarlicException (input) for bad input as described on the class; (environment) when no
   *     build tool or JVM can run; (interrupted) when cancelled
   */
  public GenerationReport generate(
      Path root,
      TestRequest request,
      CommandRunner runner,
      Reporter reporter,
      Cancellation cancellation) {
    long started = System.nanoTime();
    Prepared prepared =
        prepare(
            root,
            request.target(),
            resolved -> refuseOverwrite(resolved, request),
            runner,
            reporter,
            cancellation);
    TargetProject project = prepared.project();
    Path outRoot = outRoot(project, request);
    ProjectBytecode bytecode = ProjectBytecode.read(project.classes());
    List<String> classes = prepared.classes();
    if (classes.size() == 1) {
      String problem = unusable(project, bytecode, classes.getFirst());
      if (problem != null) {
        throw GarlicException.input(problem);
      }
    }
    Path work = temporaryDirectory();
    try {
      // The existing tests run once for every class's "before", not once per class.
      reporter.progress("garlic test: coverage of the existing tests", 0, -1);
      List<String> compiled = classes.stream().filter(bytecode::declares).toList();
      Map<String, Coverage> before = new HashMap<>();
      if (!compiled.isEmpty()) {
        new CoverageMeter(work.resolve("before"), limits.coverage())
            .measure(project, compiled, project.testClasses(), runner, cancellation)
            .forEach(c -> before.put(c.className(), c));
      }
      List<ClassReport> reports = new ArrayList<>();
      for (int i = 0; i < classes.size(); i++) {
        cancellation.check();
        String className = classes.get(i);
        int done = i;
        reporter.progress("garlic test: " + className, done, classes.size());
        Consumer<String> stage =
            what ->
                reporter.progress("garlic test: " + className + ": " + what, done, classes.size());
        reports.add(
            one(
                stage,
                project,
                bytecode,
                classes.get(i),
                before.get(classes.get(i)),
                request,
                outRoot,
                work.resolve("c" + i),
                runner,
                cancellation));
      }
      reporter.progress("garlic test", classes.size(), classes.size());
      return new GenerationReport(
          request.target(), prepared.module(), request.dryRun(), reports, millisSince(started));
    } finally {
      deleteQuietly(work);
    }
  }

  /**
   * The line and branch coverage of {@code target}'s classes by the project's existing tests, after
   * compiling the project.
   */
  public CoverageReport coverage(
      Path root,
      String target,
      CommandRunner runner,
      Reporter reporter,
      Cancellation cancellation) {
    Prepared prepared = prepare(root, target, p -> {}, runner, reporter, cancellation);
    Path work = temporaryDirectory();
    try {
      List<Coverage> coverage =
          new CoverageMeter(work, limits.coverage())
              .measure(
                  prepared.project(),
                  prepared.classes(),
                  prepared.project().testClasses(),
                  runner,
                  cancellation);
      return new CoverageReport(target, coverage);
    } finally {
      deleteQuietly(work);
    }
  }

  private record Prepared(TargetProject project, String module, List<String> classes) {}

  /**
   * Resolves {@code target}, lets {@code check} refuse it before anything runs, then builds the
   * project and resolves its class path.
   */
  private Prepared prepare(
      Path root,
      String target,
      Consumer<Prepared> check,
      CommandRunner runner,
      Reporter reporter,
      Cancellation cancellation) {
    BuildInfo build = BuildInfo.detect(root.toAbsolutePath().normalize());
    if (build.system() == BuildSystem.NONE) {
      throw GarlicException.input(
          "no pom.xml or Gradle build at "
              + build.root()
              + "; garlic test needs a Maven or Gradle project");
    }
    TargetResolver resolver = new TargetResolver(build);
    TargetResolver.Resolved resolved = resolver.resolve(target);
    check.accept(
        new Prepared(
            resolver.project(resolved.module(), List.of()),
            resolved.module().path(),
            resolved.classes()));
    reporter.progress("garlic test: building the project", 0, -1);
    new ProjectBuild(limits.build()).compile(build, runner, cancellation);
    Classpath classpath = new ClasspathResolver(limits.build()).resolve(build);
    if (classpath.status() != Classpath.Status.RESOLVED) {
      reporter.warn("the project's dependencies are not fully known: " + classpath.reason());
    }
    TargetProject project = resolver.project(resolved.module(), classpath.test());
    return new Prepared(project, resolved.module().path(), resolved.classes());
  }

  private static Path outRoot(TargetProject project, TestRequest request) {
    return request.out() == null ? project.testSourceRoot() : request.out();
  }

  /** The test file of {@code className} under {@code outRoot}. */
  private static Path testFile(String className, Path outRoot) {
    return outRoot.resolve(
        relativePath(className, JUnitWriter.testClassName(className, outRoot, false)));
  }

  /** A one-class TARGET whose test file exists is refused before the build, unless forced. */
  private static void refuseOverwrite(Prepared prepared, TestRequest request) {
    if (prepared.classes().size() != 1 || request.force() || request.dryRun()) {
      return;
    }
    Path file = testFile(prepared.classes().getFirst(), outRoot(prepared.project(), request));
    if (Files.exists(file)) {
      throw GarlicException.input(
          display(prepared.project().root(), file)
              + " exists; pass --force to overwrite it, or --out to write elsewhere");
    }
  }

  /** Why {@code className} cannot be tested, or null when it can. */
  private @Nullable String unusable(
      TargetProject project, ProjectBytecode bytecode, String className) {
    if (!bytecode.declares(className)) {
      return className
          + " has no class file after the build; check that it is compiled into "
          + project.classes().getFirst();
    }
    ClassApi api = reader.read(project, className);
    if (api.found() && api.methods().isEmpty() && api.enumConstants().isEmpty()) {
      return className + " has no public constructors or methods to test";
    }
    if (bytecode.isAbstract(className)
        && bytecode.implementationsOf(className).isEmpty()
        && !StaticApi.hasPublicStaticMethod(project.classes(), className)) {
      return className
          + " is an interface or abstract class and no implementation exists in the project";
    }
    return null;
  }

  private ClassReport one(
      Consumer<String> stage,
      TargetProject project,
      ProjectBytecode bytecode,
      String className,
      @Nullable Coverage before,
      TestRequest request,
      Path outRoot,
      Path work,
      CommandRunner runner,
      Cancellation cancellation) {
    long started = System.nanoTime();
    String problem = unusable(project, bytecode, className);
    if (problem != null || before == null) {
      return ClassReport.skipped(
          className,
          problem != null ? problem : className + " has no class file after the build",
          millisSince(started));
    }
    String testClassName = JUnitWriter.testClassName(className, outRoot, false);
    Path file = testFile(className, outRoot);
    if (Files.exists(file) && !request.force() && !request.dryRun()) {
      return ClassReport.skipped(
          className,
          display(project.root(), file) + " exists; pass --force to overwrite it",
          millisSince(started));
    }
    CoverageMeter meter = new CoverageMeter(work.resolve("coverage"), limits.coverage());
    stage.accept("exploring for " + request.budget().toSeconds() + " s");
    Exploration exploration =
        explorer.explore(
            project, className, request.budget(), work.resolve("explore"), runner, cancellation);
    GeneratedSuite suite = exploration.suite();
    List<String> notes = new ArrayList<>(exploration.notes());
    List<Dropped> dropped = new ArrayList<>(suite.dropped());
    List<ClassReport.Bug> bugs =
        suite.bugs().stream()
            .map(b -> new ClassReport.Bug(b.method(), b.contract(), b.observed()))
            .toList();
    if (suite.tests().isEmpty()) {
      if (bytecode.isAbstract(className) && bytecode.implementationsOf(className).isEmpty()) {
        return ClassReport.skipped(
            className,
            className
                + " is an interface or abstract class and no implementation exists in the project",
            millisSince(started));
      }
      notes.add("exploration found no behaviour to test in " + suite.explored() + " sequences");
      return report(className, null, 0, dropped, before, before, null, bugs, notes, started, null);
    }
    TestSource rendered = writer.render(className, suite.tests(), testClassName);
    stage.accept("verifying " + suite.tests().size() + " tests in fresh JVMs");
    VerifiedSuite verified =
        new TestVerifier(work.resolve("verify")).verify(project, rendered, runner, cancellation);
    dropped.addAll(verified.dropped());
    TestSource source = verified.source();
    if (source == null || verified.classes() == null) {
      notes.add("every generated test was dropped");
      return report(className, null, 0, dropped, before, before, null, bugs, notes, started, null);
    }
    String written = null;
    if (!request.dryRun()) {
      write(file, source.text());
      written = display(project.root(), file);
    }
    List<Path> withGenerated =
        Stream.concat(project.testClasses().stream(), Stream.of(verified.classes())).toList();
    stage.accept("measuring coverage");
    Coverage after =
        meter.measure(project, List.of(className), withGenerated, runner, cancellation).getFirst();
    Double score = null;
    if (request.mutation()) {
      stage.accept("mutation testing");
      try {
        score =
            new MutationTester(work.resolve("mutation"), limits.mutation(), 1)
                .run(
                    project,
                    List.of(className),
                    List.of(source.qualifiedName()),
                    List.of(verified.classes()),
                    runner,
                    cancellation)
                .score();
      } catch (GarlicException e) {
        if (e.error().code() == ErrorCode.INTERRUPTED) {
          throw e;
        }
        notes.add("mutation testing failed: " + e.getMessage());
      }
    }
    return report(
        className,
        written,
        verified.kept().size(),
        dropped,
        before,
        after,
        score,
        bugs,
        notes,
        started,
        source.text());
  }

  private static ClassReport report(
      String className,
      @Nullable String testFile,
      int written,
      List<Dropped> dropped,
      Coverage before,
      Coverage after,
      @Nullable Double score,
      List<ClassReport.Bug> bugs,
      List<String> notes,
      long started,
      @Nullable String source) {
    Map<DropReason, Integer> counts = new EnumMap<>(DropReason.class);
    dropped.forEach(d -> counts.merge(d.reason(), 1, Integer::sum));
    List<ClassReport.Drop> drops =
        dropped.stream()
            .map(d -> new ClassReport.Drop(d.test().description(), d.reason(), d.detail()))
            .toList();
    return new ClassReport(
        className,
        null,
        testFile,
        written,
        counts,
        drops,
        before,
        after,
        score,
        bugs,
        notes,
        millisSince(started),
        source);
  }

  private static String relativePath(String className, String testClassName) {
    int dot = className.lastIndexOf('.');
    String pkg = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
    return pkg + testClassName + ".java";
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, text);
    } catch (IOException e) {
      throw GarlicException.environment("cannot write " + file + ": " + e.getMessage());
    }
  }

  private static String display(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(root)
        ? root.relativize(absolute).toString().replace('\\', '/')
        : absolute.toString();
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("garlic-test");
    } catch (IOException e) {
      throw GarlicException.environment("cannot create a temporary directory: " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // A leftover temporary directory is harmless.
    }
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
