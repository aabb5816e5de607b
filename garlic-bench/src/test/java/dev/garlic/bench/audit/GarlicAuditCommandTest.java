package dev.garlic.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GarlicAuditCommandTest {

  @TempDir Path dir;

  @Test
  void countsEveryFindingOfTheJsonReport() throws IOException {
    Path out = dir.resolve("out.json");
    Files.writeString(
        out,
        """
        {"findings":[{"rule_id":"sql-injection","cwe":"CWE-89","trace":[{"line":3}]},
                     {"rule_id":"weak-hash","cwe":"CWE-328"}],
         "summary":{"files":2}}
        """);

    assertThat(GarlicAuditCommand.findings(out)).hasValue(2);
    assertThat(GarlicAuditCommand.completed(1, out)).isTrue();
  }

  @Test
  void aRunWithoutAReportDidNotComplete() throws IOException {
    Path out = dir.resolve("out.json");
    Files.writeString(out, "");

    assertThat(GarlicAuditCommand.findings(out)).isEmpty();
    assertThat(GarlicAuditCommand.completed(2, out)).isFalse();
    assertThat(GarlicAuditCommand.completed(1, out)).isFalse();
  }
}
