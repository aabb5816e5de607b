package dev.garlic.testgen.explore;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testgen.api.ClassApi;
import dev.garlic.testgen.api.ProjectBytecode;
import dev.garlic.testgen.api.SourceApiReader;
import dev.garlic.testgen.model.DropReason;
import dev.garlic.testgen.model.Dropped;
import dev.garlic.testgen.model.GeneratedSuite;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.model.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Explores one class of a compiled project and returns the tests it found. The code under test
 * never runs in this JVM: a child JVM ({@link ExplorerMain}) runs on the project's runtime class
 * path plus Garlic's own classes, with the JaCoCo agent, started through the given {@link
 * CommandRunner} (so the agent's sandbox applies). When a sequence runs past {@link
 * Settings#sequenceTimeout()} or ends the JVM, its method is dropped ({@code TIMEOUT} or {@code
 * CONTAINED}) and a new child continues without it, up to {@link Settings#maxRestarts()} times;
 * each restart extends the deadline by {@link #RESTART_ALLOWANCE} for its start-up.
 *
 * <p>Thread-safe: each call uses its own work directory. Throws {@link GarlicException} (input)
 * when the class is not on the project's class path, (environment) when the child JVM cannot start,
 * and (interrupted) when cancelled.
 */
public final class Explorer {

  /**
   * How exploration runs.
   *
   * @param sequenceTimeout how long one call sequence may run before the child is halted
   * @param maxRestarts how many times a child ended by the code under test is replaced
   * @param seed the random seed of the first child (runs with the same seed and budget explore
   *     alike, but budgets are wall-clock, so counts vary with machine load)
   */
  public record Settings(Duration sequenceTimeout, int maxRestarts, long seed) {
    public Settings {
      if (sequenceTimeout.isNegative() || sequenceTimeout.isZero() || maxRestarts < 0) {
        throw new IllegalArgumentException(
            "the sequence timeout must be positive and the restarts at least 0");
      }
    }

    /** Two seconds per sequence, eight restarts, seed 42. */
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(2), 8, 42);
  }

  /** Added to the deadline for each restart: about what starting a child JVM costs. */
  static final Duration RESTART_ALLOWANCE = Duration.ofSeconds(1);

  /** How long a child JVM may take to start and to write its results, beyond its budget. */
  static final Duration CHILD_SLACK = Duration.ofSeconds(30);

  private final Settings settings;
  private final SourceApiReader reader = new SourceApiReader();

  public Explorer() {
    this(Settings.DEFAULTS);
  }

  public Explorer(Settings settings) {
    this.settings = settings;
  }

  /** Explores {@code className} for {@code budget} in a temporary work directory. */
  public GeneratedSuite explore(
      TargetProject project,
      String className,
      Duration budget,
      CommandRunner commands,
      Cancellation cancellation) {
    Path work;
    try {
      work = Files.createTempDirectory("garlic-explore");
    } catch (IOException e) {
      throw GarlicException.environment(
          "cannot create a temporary directory for exploration: " + e.getMessage());
    }
    try {
      return explore(project, className, budget, work, commands, cancellation).suite();
    } finally {
      deleteQuietly(work);
    }
  }

  /**
   * Explores {@code className} (a binary name) for about {@code budget} of wall-clock time, keeping
   * plans, results and execution data in {@code workDirectory} (created if missing).
   */
  public Exploration explore(
      TargetProject project,
      String className,
      Duration budget,
      Path workDirectory,
      CommandRunner commands,
      Cancellation cancellation) {
    ClassApi api = reader.read(project, className);
    ProjectBytecode bytecode = ProjectBytecode.read(project.classes());
    Map<String, List<String>> implementations = bytecode.implementations();
    List<String> notes = new ArrayList<>();
    if (bytecode.isAbstract(className) && bytecode.implementationsOf(className).isEmpty()) {
      notes.add(
          className
              + " is an interface or abstract class without a public implementation in the project; only its static methods were explored");
    }
    List<SequenceRecord> records = new ArrayList<>();
    List<Dropped> contained = new ArrayList<>();
    List<String> banned = new ArrayList<>();
    List<Path> executionData = new ArrayList<>();
    long deadline = System.nanoTime() + budget.toNanos();
    int firstId = 0;
    int explored = 0;
    try {
      Files.createDirectories(workDirectory);
      for (int run = 0; run <= settings.maxRestarts(); run++) {
        cancellation.check();
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (run > 0 && left < 500) {
          break;
        }
        Path results = workDirectory.resolve("results-" + run + ".jsonl");
        Path coverage = workDirectory.resolve("coverage-" + run + ".exec");
        ExplorePlan plan =
            new ExplorePlan(
                className,
                api.methods(),
                api.contracts(),
                api.numbers(),
                api.strings(),
                implementations,
                banned,
                Math.max(left, 200),
                settings.sequenceTimeout().toMillis(),
                settings.seed() + run,
                firstId,
                results.toString(),
                coverage.toString());
        CommandOutcome outcome =
            launch(
                project,
                plan,
                workDirectory.resolve("plan-" + run + ".json"),
                commands,
                cancellation);
        Results lines = Results.read(results);
        records.addAll(lines.records());
        SequenceRecord last = lines.records().isEmpty() ? null : lines.records().getLast();
        if (last != null && last.kind().equals("error")) {
          throw GarlicException.input(
              "cannot load "
                  + className
                  + " from the project's class path ("
                  + last.observed()
                  + "); build the project first");
        }
        if (last != null && last.kind().equals("finished")) {
          explored += last.executed();
          executionData.add(coverage);
          break;
        }
        explored += lines.started();
        String key = contain(className, lines, last, outcome, contained, notes);
        banned.add(key);
        // A restart pays a JVM start-up again; that time is not taken from the exploration.
        deadline += RESTART_ALLOWANCE.toNanos();
        firstId = lines.lastId() + 1;
      }
    } catch (IOException e) {
      throw GarlicException.environment(
          "cannot write the exploration files in " + workDirectory + ": " + e.getMessage());
    }
    GeneratedSuite suite =
        new SuiteAssembler(new EnvironmentScan(bytecode))
            .assemble(className, records, contained, explored);
    return new Exploration(suite, api, executionData, notes);
  }

  /**
   * After a child that did not finish: names the method that was running, drops its test ({@code
   * TIMEOUT} or {@code CONTAINED}) and notes it; returns the method's key to ban.
   */
  private String contain(
      String className,
      Results lines,
      @Nullable SequenceRecord last,
      CommandOutcome outcome,
      List<Dropped> contained,
      List<String> notes) {
    SequenceRecord ended =
        last != null && (last.kind().equals("timeout") || last.kind().equals("exit")) ? last : null;
    String key = ended != null ? ended.method() : lines.lastStarted();
    if (key == null) {
      throw GarlicException.environment(
          "the exploring JVM for "
              + className
              + " ended before it ran anything (exit code "
              + outcome.exitCode()
              + "): "
              + tail(outcome.output()));
    }
    if (key.equals("<clinit>()")) {
      throw GarlicException.input(
          "the static initializer of "
              + className
              + " ran past "
              + settings.sequenceTimeout().toMillis()
              + " ms or ended the JVM; a class that cannot be loaded cannot be explored");
    }
    boolean timedOut = (ended != null && ended.kind().equals("timeout")) || outcome.timedOut();
    String detail =
        timedOut
            ? key + " ran longer than " + settings.sequenceTimeout().toMillis() + " ms"
            : key + " ended the JVM (exit code " + outcome.exitCode() + ")";
    TestCase culprit = ended == null ? null : ended.test();
    if (culprit != null) {
      contained.add(
          new Dropped(culprit, timedOut ? DropReason.TIMEOUT : DropReason.CONTAINED, detail));
    }
    notes.add(detail + "; it was not called again");
    return key;
  }

  private CommandOutcome launch(
      TargetProject project,
      ExplorePlan plan,
      Path planFile,
      CommandRunner commands,
      Cancellation cancellation)
      throws IOException {
    Wire.JSON.writeValue(planFile.toFile(), plan);
    List<String> command = new ChildCommand(project, plan.targetClass()).command(planFile);
    Duration timeout =
        Duration.ofMillis(plan.budgetMillis() + plan.sequenceTimeoutMillis()).plus(CHILD_SLACK);
    return commands.run(
        new CommandRequest(command, planFile.getParent(), Map.of(), timeout, cancellation));
  }

  private static String tail(String output) {
    String trimmed = output.strip();
    return trimmed.length() <= 400 ? trimmed : "..." + trimmed.substring(trimmed.length() - 400);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
