package dev.garlic.testgen.explore;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child JVM's entry point: {@code java -javaagent:jacocoagent.jar=... -cp ... ExplorerMain
 * plan.json}. Reads the plan, silences the code under test's output beyond a cap, starts the
 * watchdog, explores, writes the execution data and a {@code finished} line, then halts (threads
 * the code under test left running cannot keep it alive). Not for use in Garlic's own JVM.
 */
public final class ExplorerMain {

  /** Bytes of output the code under test may print before the rest is dropped. */
  static final int OUTPUT_CAP = 64 * 1024;

  private ExplorerMain() {}

  /** Runs one exploration; {@code args[0]} is the plan file. */
  public static void main(String[] args) throws Exception {
    ExplorePlan plan = Wire.JSON.readValue(Path.of(args[0]).toFile(), ExplorePlan.class);
    PrintStream capped =
        new PrintStream(
            new CappedOutput(new FileOutputStream(FileDescriptor.err), OUTPUT_CAP), true);
    System.setOut(capped);
    System.setErr(capped);
    long deadline = System.nanoTime() + plan.budgetMillis() * 1_000_000;
    ResultsLog log = new ResultsLog(Path.of(plan.resultsFile()));
    Watchdog watchdog = new Watchdog(log, plan.sequenceTimeoutMillis());
    watchdog.start();
    Runtime.getRuntime().addShutdownHook(new Thread(watchdog::onExit));
    CoverageProbe probe = CoverageProbe.attach();
    Class<?> target;
    try {
      watchdog.begin(plan.firstId(), "<clinit>()", () -> null);
      target = Class.forName(plan.targetClass(), true, ExplorerMain.class.getClassLoader());
      watchdog.end();
    } catch (ClassNotFoundException | LinkageError e) {
      log.write(
          new SequenceRecord(
              "error", plan.firstId(), null, null, null, false, null, e.toString(), 0));
      log.close();
      Runtime.getRuntime().halt(0);
      return;
    }
    SequenceExplorer explorer = new SequenceExplorer(plan, target, log, watchdog, probe);
    explorer.run(deadline);
    probe.write(Path.of(plan.coverageFile()));
    log.write(SequenceRecord.finished(explorer.nextId(), explorer.executed()));
    log.close();
    Runtime.getRuntime().halt(0);
  }

  /** Passes on the first {@code cap} bytes and drops the rest. */
  private static final class CappedOutput extends OutputStream {
    private final OutputStream out;
    private long left;

    CappedOutput(OutputStream out, long cap) {
      this.out = out;
      this.left = cap;
    }

    @Override
    public synchronized void write(int b) throws java.io.IOException {
      if (left > 0) {
        left--;
        out.write(b);
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
      int n = (int) Math.min(len, left);
      if (n > 0) {
        left -= n;
        out.write(b, off, n);
      }
    }
  }
}
