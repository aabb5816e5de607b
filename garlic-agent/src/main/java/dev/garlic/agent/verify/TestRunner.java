package dev.garlic.agent.verify;

import dev.garlic.agent.tools.EnvironmentFilter;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.BuildModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs a project's tests through the context's command runner, narrowest first: the tests named in
 * the request, else those that pair with the changed files; when none pair, only a build (or, when
 * nothing changed at all, the whole suite); with {@link TestScope#ALL} the whole suite after the
 * narrow run passes. Results come from the JUnit XML reports of Maven and Gradle and from the
 * console output of pytest, go and npm. Thread-safe.
 */
public final class TestRunner {

  /** Setting: pass {@code -o}/{@code --offline} to Maven and Gradle. */
  public static final String OFFLINE_KEY = "verify.offline";

  private static final int PROBLEM_TAIL_LINES = 40;
  private static final int MAX_UNPAIRED_NAMED = 10;

  private final TestRunnerSetup setup;

  public TestRunner(TestRunnerSetup setup) {
    this.setup = setup;
  }

  /** The runner of the project at {@code root}, or empty when it has no recognised test runner. */
  public static Optional<TestRunner> detect(Path root) {
    return TestRunnerDetector.detect(root).map(TestRunner::new);
  }

  public TestRunnerSetup setup() {
    return setup;
  }

  /**
   * Runs the tests {@code request} asks for in {@code context.root()}.
   *
   * @throws dev.garlic.spi.GarlicException (environment) when the runner cannot be started, for
   *     example because {@code mvn} is not installed; (interrupted) when cancelled
   */
  public TestReport run(EngineContext context, TestRequest request) {
    Path root = context.root();
    TestCommands commands = new TestCommands(setup, context.settings().bool(OFFLINE_KEY, false));
    List<String> notes = new ArrayList<>();
    boolean wholeSuite = false;
    TestSelection selection = TestSelection.EMPTY;
    if (!request.tests().isEmpty()) {
      selection = new TestSelection(Map.of("", request.tests()), List.of());
    } else {
      Optional<Set<String>> changed =
          request.changedFiles() != null
              ? Optional.of(request.changedFiles())
              : ChangedFiles.of(context, null);
      if (changed.isEmpty()) {
        notes.add("not a git work tree, so the changed files are unknown; ran the whole suite");
        wholeSuite = true;
      } else if (changed.get().isEmpty()) {
        notes.add("no changed files; ran the whole suite");
        wholeSuite = true;
      } else {
        selection = new TestSelector(root, setup.framework()).select(changed.get());
        if (!selection.unpaired().isEmpty()) {
          notes.add("no test pairs with " + named(selection.unpaired()));
        }
      }
    }
    Runs runs = new Runs(context, request);
    boolean npm = setup.framework() == TestFramework.NPM;
    if (!selection.isEmpty() && (!npm || !request.tests().isEmpty())) {
      Step narrow = runs.step(commands.selected(selection), selection.modules());
      if (narrow.passed() && request.scope() == TestScope.ALL) {
        runs.step(commands.all(), List.of());
      } else if (request.scope() == TestScope.CHANGED) {
        notes.add("ran only the tests that pair with the changes, not the whole suite");
      }
    } else if (wholeSuite || npm || request.scope() == TestScope.ALL) {
      if (npm && !wholeSuite && request.scope() == TestScope.CHANGED) {
        notes.add("npm test cannot be narrowed to the changed files; ran the whole suite");
      }
      runs.step(commands.all(), List.of());
    } else {
      List<String> build = commands.buildOnly(List.of());
      if (!build.isEmpty()) {
        runs.step(build, List.of());
        notes.add("no test pairs with the changed files, so only the build ran, no tests");
      } else {
        notes.add(
            "no test pairs with the changed files and there is no build step, so nothing ran");
      }
    }
    return runs.report(request.scope(), selection.tests(), notes);
  }

  private static String named(List<String> files) {
    String shown = String.join(", ", files.subList(0, Math.min(files.size(), MAX_UNPAIRED_NAMED)));
    return files.size() > MAX_UNPAIRED_NAMED
        ? shown + " and " + (files.size() - MAX_UNPAIRED_NAMED) + " more"
        : shown;
  }

  /** One command run and what was parsed from it. */
  private record Step(
      String command,
      CommandOutcome outcome,
      ParsedResults results,
      List<CompileError> compileErrors,
      BuildState build,
      @Nullable String problem,
      List<String> notes) {

    boolean passed() {
      return build != BuildState.FAILED
          && !outcome.timedOut()
          && results.failed() == 0
          && results.errors() == 0
          && results.failures().isEmpty()
          && problem == null;
    }
  }

  /** The steps of one run, in order. */
  private final class Runs {
    private final EngineContext context;
    private final TestRequest request;
    private final List<Step> steps = new ArrayList<>();

    Runs(EngineContext context, TestRequest request) {
      this.context = context;
      this.request = request;
    }

    Step step(List<String> command, List<String> modules) {
      List<Path> reportDirs = reportDirs(modules);
      reportDirs.forEach(JUnitXmlReports::clear);
      CommandOutcome outcome =
          context
              .commands()
              .run(
                  new CommandRequest(
                      command,
                      context.root(),
                      environment(),
                      request.timeout(),
                      context.cancellation()));
      Step step = parse(String.join(" ", command), outcome, reportDirs);
      steps.add(step);
      return step;
    }

    private Map<String, String> environment() {
      Map<String, String> env = new HashMap<>(EnvironmentFilter.filter(System.getenv()));
      // Jest and Vitest watch for changes unless they see a CI; nobody would ever stop them.
      env.put("CI", "true");
      return env;
    }

    private List<Path> reportDirs(List<String> modules) {
      Path root = context.root();
      List<String> paths =
          modules.isEmpty() || modules.contains("")
              ? BuildInfo.detect(root).modules().stream().map(BuildModule::path).toList()
              : modules;
      List<Path> dirs = new ArrayList<>();
      for (String module : paths) {
        Path dir = module.isEmpty() ? root : root.resolve(module);
        switch (setup.framework()) {
          case MAVEN -> {
            dirs.add(dir.resolve("target/surefire-reports"));
            dirs.add(dir.resolve("target/failsafe-reports"));
          }
          case GRADLE -> dirs.add(dir.resolve("build/test-results"));
          default -> {}
        }
      }
      return dirs.stream().distinct().toList();
    }

    private Step parse(String command, CommandOutcome outcome, List<Path> reportDirs) {
      Path root = context.root();
      String output = outcome.output();
      List<String> notes = new ArrayList<>();
      ParsedResults results;
      List<CompileError> compileErrors = List.of();
      BuildState build;
      switch (setup.framework()) {
        case MAVEN, GRADLE -> {
          results =
              new JUnitXmlReports(new JvmStackFrames(BuildInfo.detect(root))).read(reportDirs);
          compileErrors = CompilerOutput.parse(output, root);
          build =
              !compileErrors.isEmpty()
                  ? BuildState.FAILED
                  : outcome.exitCode() == 0 || !results.isEmpty()
                      ? BuildState.BUILT
                      : BuildState.FAILED;
        }
        case GO -> {
          results = GoTestOutput.parse(output);
          compileErrors = CompilerOutput.parse(output, root);
          build = compileErrors.isEmpty() ? BuildState.BUILT : BuildState.FAILED;
        }
        case PYTEST -> {
          results = PytestOutput.parse(output);
          build = BuildState.NOT_RUN;
          if (outcome.exitCode() == 5) {
            notes.add("pytest collected no tests");
          }
        }
        case NPM -> {
          results = NpmOutput.parse(output);
          build = BuildState.NOT_RUN;
        }
        default -> throw new IllegalStateException("unknown framework " + setup.framework());
      }
      if (outcome.omittedLines() > 0
          && setup.framework() != TestFramework.MAVEN
          && setup.framework() != TestFramework.GRADLE) {
        notes.add("the output was cut in the middle, so the counts are a lower bound");
      }
      boolean explained =
          !results.failures().isEmpty() || !compileErrors.isEmpty() || outcome.timedOut();
      boolean failedRun =
          outcome.exitCode() != 0
              && !(setup.framework() == TestFramework.PYTEST && outcome.exitCode() == 5);
      String problem = failedRun && !explained ? tail(output) : null;
      return new Step(command, outcome, results, compileErrors, build, problem, notes);
    }

    TestReport report(TestScope scope, List<String> selected, List<String> notes) {
      List<String> allNotes = new ArrayList<>();
      steps.forEach(s -> allNotes.addAll(s.notes()));
      allNotes.addAll(notes);
      if (steps.isEmpty()) {
        return new TestReport(
            setup.framework(),
            scope,
            List.of(),
            BuildState.NOT_RUN,
            0,
            0,
            0,
            0,
            List.of(),
            List.of(),
            selected,
            allNotes,
            null,
            false,
            0);
      }
      // A failed step ends the run, so the last step is the one whose results stand.
      Step last = steps.getLast();
      ParsedResults r = last.results();
      return new TestReport(
          setup.framework(),
          scope,
          steps.stream().map(Step::command).toList(),
          last.build(),
          r.run(),
          r.failed(),
          r.errors(),
          r.skipped(),
          r.failures(),
          last.compileErrors(),
          selected,
          allNotes.stream().distinct().toList(),
          last.problem(),
          steps.stream().anyMatch(s -> s.outcome().timedOut()),
          steps.stream().mapToLong(s -> s.outcome().millis()).sum());
    }
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join(
        "\n", lines.subList(Math.max(0, lines.size() - PROBLEM_TAIL_LINES), lines.size()));
  }
}
