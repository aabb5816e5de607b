package dev.garlic.testgen.explore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.agent.rt.IAgent;
import org.jacoco.agent.rt.RT;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;

/**
 * Reads the JaCoCo agent of this JVM after each sequence (and resets it) and tells whether the
 * sequence executed a probe no earlier sequence did. Keeps the union of all probes so far, which
 * {@link #write} saves as an execution data file. Single-threaded.
 */
final class CoverageProbe {

  private final IAgent agent;
  private final ExecutionDataStore seen = new ExecutionDataStore();

  private CoverageProbe(IAgent agent) {
    this.agent = agent;
  }

  /** The probe of this JVM's agent; fails when the JVM runs without it. */
  static CoverageProbe attach() {
    return new CoverageProbe(RT.getAgent());
  }

  /** Discards what ran since the last read (setup, determinism re-runs). */
  void reset() {
    agent.reset();
  }

  /** Whether what ran since the last read hit new probes; resets the counters. */
  boolean newCoverage() throws IOException {
    ExecutionDataReader reader =
        new ExecutionDataReader(new ByteArrayInputStream(agent.getExecutionData(true)));
    boolean[] found = {false};
    reader.setSessionInfoVisitor(info -> {});
    reader.setExecutionDataVisitor(
        data -> {
          ExecutionData known = seen.get(data.getId());
          boolean[] probes = data.getProbes();
          if (known == null) {
            for (boolean p : probes) {
              if (p) {
                found[0] = true;
                break;
              }
            }
            seen.put(new ExecutionData(data.getId(), data.getName(), probes.clone()));
            return;
          }
          boolean[] old = known.getProbes();
          for (int i = 0; i < probes.length && i < old.length; i++) {
            if (probes[i] && !old[i]) {
              old[i] = true;
              found[0] = true;
            }
          }
        });
    reader.read();
    return found[0];
  }

  /** How many probes have been hit so far. */
  int covered() {
    int n = 0;
    for (ExecutionData data : seen.getContents()) {
      for (boolean p : data.getProbes()) {
        n += p ? 1 : 0;
      }
    }
    return n;
  }

  /** Writes every probe hit so far as a JaCoCo execution data file. */
  void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      ExecutionDataWriter writer = new ExecutionDataWriter(out);
      writer.visitSessionInfo(new SessionInfo("garlic-explore", 0, System.currentTimeMillis()));
      seen.accept(writer);
    }
  }
}
