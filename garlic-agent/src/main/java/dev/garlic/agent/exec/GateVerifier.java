package dev.garlic.agent.exec;

import dev.garlic.agent.loop.Verifier;
import dev.garlic.agent.verify.BuildState;
import dev.garlic.agent.verify.ChangedFiles;
import dev.garlic.agent.verify.TestReportLog;
import dev.garlic.agent.verify.Verification;
import dev.garlic.agent.verify.VerificationGate;
import dev.garlic.spi.EngineContext;
import dev.garlic.workspace.copy.TaskCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loop's verification gate for a task: the files the task changed (since its base commit, or
 * against its copy's manifest), built and tested narrowest first by {@link VerificationGate}. The
 * model's own passing {@code run_tests} counts when it ran after the newest change on disk, so a
 * model that tested its work is not made to wait for the same tests again.
 */
final class GateVerifier implements Verifier {

  private static final Pattern DIFF_HEADER = Pattern.compile("^diff --git a/(.+) b/(.+)$");

  private final VerificationGate gate = new VerificationGate();
  private final TaskSession.Place place;
  private final TestReportLog log;

  /**
   * @param place where the task works
   * @param log where {@code run_tests} records the model's own runs
   */
  GateVerifier(TaskSession.Place place, TestReportLog log) {
    this.place = place;
    this.log = log;
  }

  @Override
  public Verifier.Result verify(EngineContext context, String answer) {
    Set<Path> changed = changedFiles(context);
    Verification result = gate.verify(context, changed, log, newestChange(context.root(), changed));
    return new Verifier.Result(status(result), result.describe().strip(), result.feedback());
  }

  private Set<Path> changedFiles(EngineContext context) {
    Set<Path> changed = new LinkedHashSet<>();
    if (place.isCopy()) {
      String diff = TaskCopies.open(place.origin()).diff(place.id());
      diff.lines()
          .map(DIFF_HEADER::matcher)
          .filter(Matcher::matches)
          .forEach(m -> changed.add(Path.of(m.group(2))));
    } else {
      ChangedFiles.of(context, place.base())
          .ifPresent(files -> files.forEach(f -> changed.add(Path.of(f))));
    }
    return changed;
  }

  private static Verifier.Result.Status status(Verification result) {
    if (!result.passed()) {
      return Verifier.Result.Status.FAILED;
    }
    boolean ranSomething = result.built() == BuildState.BUILT || result.testsRun() > 0;
    return ranSomething ? Verifier.Result.Status.PASSED : Verifier.Result.Status.NOT_VERIFIED;
  }

  /** The last time any of {@code files} was modified; a deleted file counts as changed now. */
  private static Instant newestChange(Path root, Set<Path> files) {
    Instant newest = Instant.EPOCH;
    for (Path file : files) {
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
