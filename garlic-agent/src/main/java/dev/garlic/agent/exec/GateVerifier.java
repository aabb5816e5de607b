package dev.garlic.agent.exec;

import dev.garlic.agent.loop.Verifier;
import dev.garlic.agent.verify.BuildState;
import dev.garlic.agent.verify.ChangedFiles;
import dev.garlic.agent.verify.TestReportLog;
import dev.garlic.agent.verify.Verification;
import dev.garlic.agent.verify.VerificationGate;
import dev.garlic.spi.EngineContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The loop's verification gate for a task: the files the task changed since its base commit, built
 * and tested narrowest first by {@link VerificationGate}. The model's own passing {@code run_tests}
 * counts when it ran after the newest change on disk, so a model that tested its work is not made
 * to wait for the same tests again.
 */
final class GateVerifier implements Verifier {

  private final VerificationGate gate = new VerificationGate();
  private final String base;
  private final TestReportLog log;

  /**
   * @param base the commit the task started from
   * @param log where {@code run_tests} records the model's own runs
   */
  GateVerifier(String base, TestReportLog log) {
    this.base = base;
    this.log = log;
  }

  @Override
  public Verifier.Result verify(EngineContext context) {
    Set<Path> changed = new LinkedHashSet<>();
    ChangedFiles.of(context, base).ifPresent(files -> files.forEach(f -> changed.add(Path.of(f))));
    Verification result = gate.verify(context, changed, log, newestChange(context.root(), changed));
    return new Verifier.Result(status(result), result.describe().strip(), result.feedback());
  }

  private static Verifier.Result.Status status(Verification result) {
    if (!result.passed()) {
      return Verifier.Result.Status.FAILED;
    }
    boolean ranSomething = result.built() == BuildState.BUILT || result.testsRun() > 0;
    return ranSomething ? Verifier.Result.Status.PASSED : Verifier.Result.Status.NOT_VERIFIED;
  }

  /** The last time any of {@code files} was modified; deleted files count as now. */
  private static Instant newestChange(Path root, Set<Path> files) {
    Instant newest = Instant.EPOCH;
    for (Path file : List.copyOf(files)) {
      try {
        Instant modified = Files.getLastModifiedTime(root.resolve(file)).toInstant();
        newest = modified.isAfter(newest) ? modified : newest;
      } catch (IOException e) {
        return Instant.now();
      }
    }
    return newest;
  }
}
