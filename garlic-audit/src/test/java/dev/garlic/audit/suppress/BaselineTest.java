package dev.garlic.audit.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.protocol.finding.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path dir;

  private static Finding finding(String fingerprint) {
    return new Finding(
        "sql-injection",
        "CWE-89",
        Severity.HIGH,
        "m",
        Location.line("A.java", 3),
        List.of(),
        "fix",
        fingerprint,
        null);
  }

  @Test
  void acceptsWrittenFindingsByFingerprintAndKeepsEditedReasons() throws Exception {
    Path file = dir.resolve(".garlic/audit-baseline.json");
    Baseline.of(List.of(finding("aaaa")), Baseline.empty()).write(file);
    Files.writeString(
        file, Files.readString(file).replace(Baseline.DEFAULT_REASON, "legacy, ticket 12"));

    Baseline read = Baseline.read(file);
    Baseline rewritten = Baseline.of(List.of(finding("aaaa"), finding("bbbb")), read);

    assertThat(read.suppression(finding("aaaa")))
        .contains(new Suppression(Suppression.Kind.BASELINE, "legacy, ticket 12"));
    assertThat(read.suppression(finding("bbbb"))).isEmpty();
    assertThat(rewritten.entries())
        .extracting(Baseline.Entry::reason)
        .containsExactly("legacy, ticket 12", Baseline.DEFAULT_REASON);
  }

  @Test
  void aMalformedBaselineIsAnInputErrorWithTheLine() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\n  \"findings\": [\n    {\"fingerprint\": }\n  ]}");

    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessageContaining("b.json")
        .hasMessageContaining("line 3");
  }

  @Test
  void aMissingBaselineSaysHowToWriteOne() {
    assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json")))
        .hasMessageContaining("--write-baseline");
  }
}
