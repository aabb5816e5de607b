package dev.garlic.testgen.mutation;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.run.ClassPathEntry;
import dev.garlic.testgen.run.TestRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs PIT (its command-line entry point, with the JUnit 5 plugin) in a child JVM on target classes
 * and the test classes that exercise them, and reads its XML report into a {@link MutationReport}.
 * PIT forks its own minion JVMs from there. Runs are bounded: a thread count, PIT's per-test
 * timeout constant and the whole run's timeout. PIT refuses to run when a selected test fails
 * without mutation; that is reported as an error. Thread-safe when calls use different work
 * directories.
 */
public final class MutationTester {

  private static final String MAIN = "org.pitest.mutationtest.commandline.MutationCoverageReport";

  private static final List<String> PIT =
      List.of(
          MAIN,
          "org.pitest.mutationtest.tooling.EntryPoint",
          "org.pitest.testapi.TestPluginFactory",
          "org.pitest.junit5.JUnit5TestPluginFactory",
          "joptsimple.OptionParser",
          "org.objectweb.asm.ClassVisitor",
          "org.objectweb.asm.tree.ClassNode",
          "org.objectweb.asm.commons.Method",
          "org.objectweb.asm.util.Printer",
          "org.objectweb.asm.tree.analysis.Analyzer",
          "org.apache.commons.text.StringEscapeUtils",
          "org.apache.commons.lang3.StringUtils");

  private final Path workDirectory;
  private final Duration timeout;
  private final int threads;

  /**
   * @param workDirectory where PIT's reports go (created when missing)
   * @param timeout how long the whole PIT run may take
   * @param threads PIT's worker threads, 1 or 2 on a small machine
   */
  public MutationTester(Path workDirectory, Duration timeout, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.workDirectory = workDirectory;
    this.timeout = timeout;
    this.threads = threads;
  }

  /**
   * Mutates {@code targetClasses} and runs {@code testClasses} against each mutant. Both are fully
   * qualified names or PIT globs ({@code com.acme.*Test}).
   *
   * @param testClassDirectories where the test classes are compiled, besides the project's own
   * @throws IllegalArgumentException when either list is empty
   * @throws GarlicException (environment) when PIT fails (a test failing without mutation, no tests
   *     found) or runs past the timeout; (interrupted) when cancelled
   */
  public MutationReport run(
      TargetProject project,
      List<String> targetClasses,
      List<String> testClasses,
      List<Path> testClassDirectories,
      CommandRunner runner,
      Cancellation cancellation) {
    if (targetClasses.isEmpty() || testClasses.isEmpty()) {
      throw new IllegalArgumentException("mutation testing needs target classes and test classes");
    }
    Path reports;
    try {
      Files.createDirectories(workDirectory);
      reports = Files.createTempDirectory(workDirectory, "pit");
    } catch (IOException e) {
      throw GarlicException.environment("cannot create " + workDirectory + ": " + e);
    }
    List<String> command = new ArrayList<>();
    command.add(TestRuntime.java().toString());
    command.addAll(TestRuntime.jvmOptions());
    command.add("-cp");
    command.add(
        TestRuntime.join(
            ClassPathEntry.of(PIT),
            TestRuntime.runnerClasspath(),
            testClassDirectories,
            TestRuntime.projectClasspath(project)));
    command.add(MAIN);
    command.addAll(
        List.of(
            "--reportDir",
            reports.toString(),
            "--targetClasses",
            String.join(",", targetClasses),
            "--targetTests",
            String.join(",", testClasses),
            "--sourceDirs",
            String.join(",", project.mainSources().stream().map(Path::toString).toList()),
            "--mutableCodePaths",
            String.join(",", project.classes().stream().map(Path::toString).toList()),
            "--outputFormats",
            "XML",
            "--threads",
            Integer.toString(threads),
            "--timeoutConst",
            "3000",
            "--timestampedReports=false",
            "--failWhenNoMutations=false",
            "--verbosity",
            "QUIET_WITH_PROGRESS"));
    CommandOutcome outcome =
        runner.run(
            new CommandRequest(
                command, project.root(), TestRuntime.environment(), timeout, cancellation));
    Path xml = reports.resolve("mutations.xml");
    if (outcome.timedOut()) {
      throw GarlicException.environment(
          "mutation testing ran past its timeout of "
              + timeout.toSeconds()
              + " s: give it more time or fewer classes");
    }
    if (outcome.exitCode() != 0 || !Files.exists(xml)) {
      throw GarlicException.environment(
          "mutation testing failed (PIT exit code "
              + outcome.exitCode()
              + "): "
              + PitXml.reason(outcome.output()));
    }
    return PitXml.read(xml);
  }
}
