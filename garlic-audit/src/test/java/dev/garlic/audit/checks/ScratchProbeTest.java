package dev.garlic.audit.checks;

import dev.garlic.audit.Check;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
  @Test
  void probe() throws Exception {
    String src = Files.readString(Path.of("/tmp/probe/Probe.java"));
    var project = CheckHarness.project(Map.of("src/main/java/p/Probe.java", src), Map.of());
    StringBuilder out = new StringBuilder();
    for (Check c : ServiceLoader.load(Check.class)) {
      CheckHarness.run(c, project)
          .forEach(f -> out.append(f.location().line() + " " + f.cwe() + " " + f.message() + "\n"));
    }
    Files.writeString(Path.of("/tmp/probe/out.txt"), out.toString());
  }
}
