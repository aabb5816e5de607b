package dev.garlic.testgen.run;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testgen.model.DropReason;
import dev.garlic.testgen.model.Dropped;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.run.RunReport.TestKey;
import dev.garlic.testgen.run.RunReport.TestResult;
import dev.garlic.testgen.run.TestCompiler.CompileError;
import dev.garlic.testgen.write.JUnitWriter;
import dev.garlic.testgen.write.TestSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies a rendered test class: compiles it in memory against the project, then runs it {@value
 * #RUNS} times, each in a fresh JVM (through the caller's {@link CommandRunner}, never in Garlic's
 * JVM), and keeps only the tests that compiled and passed every time. A test that does not compile
 * is dropped as {@link DropReason#DOES_NOT_COMPILE}; one that fails in every run as {@link
 * DropReason#FAILS}, in some runs only as {@link DropReason#FLAKY}; one that passes its per-test
 * timeout as {@link DropReason#TIMEOUT}; one that ends the JVM ({@code System.exit}) or keeps it
 * past the run's timeout as {@link DropReason#CONTAINED} or {@link DropReason#TIMEOUT}. After every
 * drop the class is rendered again without the dropped tests and verified from the start, so the
 * final source is exactly what passed. The final source is then formatted with google-java-format
 * in a child JVM (layout only; kept as rendered if that fails). Thread-safe when each call gets its
 * own work directory entry (they are named after the test class).
 */
public final class TestVerifier {

  /** How many fresh JVMs each test must pass in. */
  public static final int RUNS = 3;

  private final JUnitWriter writer;
  private final Path workDirectory;
  private final Duration runTimeout;
  private final Duration testTimeout;
  private final boolean format;
  private final TestCompiler compiler = new TestCompiler();
  private final TestFormatter formatter = new TestFormatter();

  /**
   * @param writer renders the class again after drops
   * @param workDirectory where compiled classes and result files go (created when missing)
   * @param runTimeout how long one child JVM may run
   * @param testTimeout how long one test may run before JUnit fails it
   * @param format whether to run google-java-format on the final source (one more child JVM)
   */
  public TestVerifier(
      JUnitWriter writer,
      Path workDirectory,
      Duration runTimeout,
      Duration testTimeout,
      boolean format) {
    this.writer = writer;
    this.workDirectory = workDirectory;
    this.runTimeout = runTimeout;
    this.testTimeout = testTimeout;
    this.format = format;
  }

  /** A verifier with a 120 s limit per JVM and 10 s per test, formatting its final source. */
  public TestVerifier(Path workDirectory) {
    this(new JUnitWriter(), workDirectory, Duration.ofSeconds(120), Duration.ofSeconds(10), true);
  }

  /**
   * Verifies {@code source} for {@code project}.
   *
   * @throws GarlicException (environment) when no child JVM can run the tests at all; (interrupted)
   *     when cancelled
   */
  public VerifiedSuite verify(
      TargetProject project, TestSource source, CommandRunner runner, Cancellation cancellation) {
    Path base = workDirectory.resolve(source.qualifiedName());
    List<TestCase> remaining = new ArrayList<>(source.tests());
    List<Dropped> dropped = new ArrayList<>();
    int jvmRuns = 0;
    for (int attempt = 1; !remaining.isEmpty(); attempt++) {
      cancellation.check();
      TestSource current = writer.render(source.targetClass(), remaining, source.className());
      Path dir = base.resolve("attempt-" + attempt);
      Path classes = dir.resolve("classes");
      Map<TestCase, Dropped> drops = compileErrors(project, current, classes, dir);
      if (drops.isEmpty()) {
        List<RunReport> reports = new ArrayList<>();
        for (int run = 1; run <= RUNS && drops.isEmpty(); run++) {
          cancellation.check();
          Path results = dir.resolve("results-" + run + ".json");
          CommandOutcome outcome =
              runner.run(request(project, current, classes, results, cancellation));
          jvmRuns++;
          RunReport report = RunReport.read(results);
          if (report.error() != null) {
            throw GarlicException.environment(
                "the JUnit launcher failed on " + current.qualifiedName() + ": " + report.error());
          }
          if (report.finished()) {
            reports.add(report);
          } else {
            drops = unfinished(current, report, outcome);
          }
        }
        if (drops.isEmpty()) {
          drops = failures(current, reports);
        }
        if (drops.isEmpty()) {
          TestSource formatted =
              format
                  ? formatter
                      .format(current, dir.resolve("format"), runner, cancellation)
                      .orElse(current)
                  : current;
          return new VerifiedSuite(formatted, remaining, dropped, classes, jvmRuns);
        }
      }
      dropped.addAll(drops.values());
      Set<TestCase> gone = Collections.newSetFromMap(new IdentityHashMap<>());
      gone.addAll(drops.keySet());
      remaining.removeIf(gone::contains);
    }
    return new VerifiedSuite(null, List.of(), dropped, null, jvmRuns);
  }

  private Map<TestCase, Dropped> compileErrors(
      TargetProject project, TestSource source, Path classes, Path dir) {
    List<Path> classpath = compileClasspath(project);
    List<CompileError> errors = compiler.compile(source, classpath, classes);
    Map<TestCase, Dropped> drops = new IdentityHashMap<>();
    if (errors.isEmpty()) {
      return drops;
    }
    Map<String, String> culprits = new LinkedHashMap<>();
    boolean outside = false;
    for (CompileError error : errors) {
      String method = source.methodAt(error.line()).orElse(null);
      if (method == null) {
        outside = true;
      } else {
        culprits.putIfAbsent(method, "line " + error.line() + ": " + error.message());
      }
    }
    if (outside) {
      // an import or a class-level error: find the methods that fail on their own
      int probe = 0;
      for (var method : source.methods().entrySet()) {
        TestSource alone =
            writer.render(source.targetClass(), method.getValue(), source.className());
        List<CompileError> own =
            compiler.compile(alone, classpath, dir.resolve("probe-" + ++probe));
        if (!own.isEmpty()) {
          culprits.putIfAbsent(method.getKey(), own.getFirst().message());
        }
      }
    }
    if (culprits.isEmpty()) {
      String detail = errors.getFirst().message();
      source.tests().forEach(t -> drops.put(t, drop(t, DropReason.DOES_NOT_COMPILE, detail)));
    }
    culprits.forEach(
        (method, detail) ->
            source
                .methods()
                .get(method)
                .forEach(t -> drops.put(t, drop(t, DropReason.DOES_NOT_COMPILE, detail))));
    return drops;
  }

  /** A run that did not finish: the test running at its end ended the JVM or hung it. */
  private static Map<TestCase, Dropped> unfinished(
      TestSource source, RunReport report, CommandOutcome outcome) {
    TestKey running = report.running();
    if (running == null) {
      throw GarlicException.environment(
          "the test JVM for "
              + source.qualifiedName()
              + (outcome.timedOut() ? " timed out" : " exited with " + outcome.exitCode())
              + " before running a test: "
              + lastLine(report.error() != null ? report.error() : outcome.output()));
    }
    DropReason reason = outcome.timedOut() ? DropReason.TIMEOUT : DropReason.CONTAINED;
    String detail =
        outcome.timedOut()
            ? "kept the test JVM running past its timeout"
            : "ended the test JVM (exit code " + outcome.exitCode() + ")";
    List<TestCase> culprits = casesOf(source, running);
    if (culprits.isEmpty()) {
      throw GarlicException.environment(
          "the test JVM for "
              + source.qualifiedName()
              + " ended in "
              + running.method()
              + ", which is not a generated test");
    }
    Map<TestCase, Dropped> drops = new IdentityHashMap<>();
    culprits.forEach(t -> drops.put(t, drop(t, reason, detail)));
    return drops;
  }

  /** Tests that failed in any finished run: FLAKY when they passed in another. */
  private static Map<TestCase, Dropped> failures(TestSource source, List<RunReport> reports) {
    Map<TestCase, String> failed = new IdentityHashMap<>();
    Set<TestCase> passed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (RunReport report : reports) {
      Set<TestCase> failedNow = Collections.newSetFromMap(new IdentityHashMap<>());
      for (TestResult result : report.results()) {
        if (!result.passed()) {
          List<TestCase> cases = casesOf(source, result.key());
          // a failure that no generated method owns (a lifecycle method, say) fails them all
          for (TestCase test : cases.isEmpty() ? source.tests() : cases) {
            failed.putIfAbsent(test, result.message());
            failedNow.add(test);
          }
        }
      }
      source.tests().stream().filter(t -> !failedNow.contains(t)).forEach(passed::add);
    }
    Map<TestCase, Dropped> drops = new IdentityHashMap<>();
    failed.forEach(
        (test, message) -> {
          DropReason reason =
              message.contains("TimeoutException") && message.contains("timed out after")
                  ? DropReason.TIMEOUT
                  : passed.contains(test) ? DropReason.FLAKY : DropReason.FAILS;
          drops.put(test, drop(test, reason, message));
        });
    return drops;
  }

  /** The cases behind a result: all of them for a class-level one, none for a foreign method. */
  private static List<TestCase> casesOf(TestSource source, TestKey key) {
    if (key.method().isEmpty()) {
      return source.tests();
    }
    List<TestCase> cases = source.methods().getOrDefault(key.method(), List.of());
    if (key.invocation() > 0 && key.invocation() <= cases.size() && cases.size() > 1) {
      return List.of(cases.get(key.invocation() - 1));
    }
    return cases;
  }

  private CommandRequest request(
      TargetProject project,
      TestSource source,
      Path classes,
      Path results,
      Cancellation cancellation) {
    List<String> command = new ArrayList<>();
    command.add(TestRuntime.java().toString());
    command.addAll(TestRuntime.jvmOptions());
    command.add("-Djunit.jupiter.execution.timeout.default=" + testTimeout.toMillis() + "ms");
    command.add("-Djunit.jupiter.execution.timeout.thread.mode.default=SEPARATE_THREAD");
    command.add("-cp");
    command.add(
        TestRuntime.join(
            TestRuntime.runnerClasspath(),
            List.of(classes),
            TestRuntime.projectClasspath(project)));
    command.add(TestRunnerMain.class.getName());
    command.add(results.toString());
    command.add("--progress");
    command.add("--class");
    command.add(source.qualifiedName());
    return new CommandRequest(
        command, project.root(), TestRuntime.environment(), runTimeout, cancellation);
  }

  private static List<Path> compileClasspath(TargetProject project) {
    List<Path> classpath = new ArrayList<>(TestRuntime.compileClasspath());
    classpath.addAll(TestRuntime.projectClasspath(project));
    return List.copyOf(new LinkedHashSet<>(classpath));
  }

  private static Dropped drop(TestCase test, DropReason reason, String detail) {
    return new Dropped(test, reason, detail);
  }

  private static String lastLine(String text) {
    String stripped = text.strip();
    return stripped.substring(stripped.lastIndexOf('\n') + 1);
  }
}
