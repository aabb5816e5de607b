package dev.garlic.testgen.coverage;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testgen.model.Coverage;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.run.ClassPathEntry;
import dev.garlic.testgen.run.TestRunnerMain;
import dev.garlic.testgen.run.TestRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Measures JaCoCo line and branch coverage of target classes: runs every test class found in the
 * given class directories in a child JVM with the JaCoCo agent, then analyses the execution data
 * against the target classes' class files. With no test directories nothing runs and every line
 * counts as missed ("coverage before" of a project without tests). Failing tests still count:
 * coverage is of what ran. Thread-safe when calls use different work directories.
 */
public final class CoverageMeter {

  private static final String AGENT = "org.jacoco.agent.rt.RT";

  private final Path workDirectory;
  private final Duration timeout;

  /**
   * @param workDirectory where execution data and result files go (created when missing)
   * @param timeout how long the test JVM may run
   */
  public CoverageMeter(Path workDirectory, Duration timeout) {
    this.workDirectory = workDirectory;
    this.timeout = timeout;
  }

  /**
   * The coverage of each of {@code targetClasses} (fully qualified, {@code $} for nested) when the
   * tests in {@code testClassDirectories} run, in the order given.
   *
   * @param testClassDirectories class path roots whose test classes run (e.g. the project's
   *     compiled tests, a verified suite's classes); the project's own test classes are on the
   *     class path either way
   * @throws GarlicException (input) when a target class has no class file in the project;
   *     (environment) when the test JVM ran out of time or wrote no coverage data
   */
  public List<Coverage> measure(
      TargetProject project,
      List<String> targetClasses,
      List<Path> testClassDirectories,
      CommandRunner runner,
      Cancellation cancellation) {
    ExecutionDataStore data =
        testClassDirectories.isEmpty()
            ? new ExecutionDataStore()
            : run(project, targetClasses, testClassDirectories, runner, cancellation);
    CoverageBuilder builder = new CoverageBuilder();
    Analyzer analyzer = new Analyzer(data, builder);
    for (String name : targetClasses) {
      try {
        analyzer.analyzeClass(ClassFiles.read(project.classes(), name), name);
      } catch (IOException e) {
        throw GarlicException.input("cannot analyse the class file of " + name + ": " + e);
      }
    }
    List<Coverage> coverage = new ArrayList<>();
    for (String name : targetClasses) {
      String internal = name.replace('.', '/');
      IClassCoverage classCoverage =
          builder.getClasses().stream()
              .filter(c -> c.getName().equals(internal))
              .findFirst()
              .orElseThrow();
      coverage.add(coverage(name, classCoverage));
    }
    return coverage;
  }

  private ExecutionDataStore run(
      TargetProject project,
      List<String> targetClasses,
      List<Path> testClassDirectories,
      CommandRunner runner,
      Cancellation cancellation) {
    Path dir;
    try {
      Files.createDirectories(workDirectory);
      dir = Files.createTempDirectory(workDirectory, "coverage");
    } catch (IOException e) {
      throw GarlicException.environment("cannot create " + workDirectory + ": " + e);
    }
    Path exec = dir.resolve("jacoco.exec");
    Path results = dir.resolve("results.json");
    String includes =
        targetClasses.stream().map(c -> c + ":" + c + "$*").collect(Collectors.joining(":"));
    List<String> command = new ArrayList<>();
    command.add(TestRuntime.java().toString());
    command.addAll(TestRuntime.jvmOptions());
    command.add(
        "-javaagent:"
            + ClassPathEntry.of(AGENT)
            + "=destfile="
            + exec
            + ",includes="
            + includes
            + ",output=file,dumponexit=true");
    command.add("-cp");
    command.add(
        TestRuntime.join(
            TestRuntime.runnerClasspath(),
            testClassDirectories,
            TestRuntime.projectClasspath(project)));
    command.add(TestRunnerMain.class.getName());
    command.add(results.toString());
    for (Path root : testClassDirectories) {
      command.add("--root");
      command.add(root.toString());
    }
    CommandOutcome outcome =
        runner.run(
            new CommandRequest(
                command, project.root(), TestRuntime.environment(), timeout, cancellation));
    if (outcome.timedOut() || !Files.exists(exec)) {
      throw GarlicException.environment(
          "the coverage run "
              + (outcome.timedOut()
                  ? "ran past its timeout of " + timeout.toSeconds() + " s"
                  : "wrote no coverage data")
              + ": "
              + outcome.output().strip().lines().reduce((a, b) -> b).orElse("no output"));
    }
    ExecFileLoader loader = new ExecFileLoader();
    try {
      loader.load(exec.toFile());
    } catch (IOException e) {
      throw GarlicException.environment("cannot read coverage data " + exec + ": " + e);
    }
    return loader.getExecutionDataStore();
  }

  private static Coverage coverage(String name, IClassCoverage c) {
    List<Integer> missed = new ArrayList<>();
    for (int line = c.getFirstLine(); line > 0 && line <= c.getLastLine(); line++) {
      if (c.getLine(line).getStatus() == ICounter.NOT_COVERED) {
        missed.add(line);
      }
    }
    ICounter lines = c.getLineCounter();
    ICounter branches = c.getBranchCounter();
    return new Coverage(
        name,
        lines.getCoveredCount(),
        lines.getTotalCount(),
        branches.getCoveredCount(),
        branches.getTotalCount(),
        missed);
  }
}
