package dev.garlic.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.audit.AuditReport;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.protocol.finding.Suppression;
import dev.garlic.protocol.finding.TraceStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class HumanReportTest {

  @Test
  void groupsBySeverityWithCodeTraceFixSuppressionsAndSummary() {
    Finding low =
        new Finding(
            "insecure-cookie",
            "CWE-614",
            Severity.LOW,
            "cookie not secure",
            Location.line("C.java", 7),
            List.of(),
            "call setSecure(true)",
            "1",
            null);
    Finding high =
        new Finding(
            "sql-injection",
            "CWE-89",
            Severity.HIGH,
            "SQL from parameter id",
            Location.line("A.java", 9),
            List.of(
                new TraceStep(Location.line("A.java", 4), "read from parameter \"id\"", ""),
                new TraceStep(
                    Location.line("A.java", 9), "executed by Statement.executeQuery", "")),
            "use a PreparedStatement",
            "2",
            null);
    Finding hidden =
        new Finding(
            "weak-hash",
            "CWE-328",
            Severity.MEDIUM,
            "MD5",
            Location.line("B.java", 2),
            List.of(),
            "use SHA-256",
            "3",
            new Suppression(Suppression.Kind.COMMENT, "checksum only"));
    AuditReport report =
        AuditReport.of(List.of(low, high, hidden), 3, List.of(), List.of(), List.of(), 12);

    String text =
        HumanReport.render(
            report, (path, line) -> path.equals("A.java") ? "st.executeQuery(sql);" : "");

    assertThat(text)
        .isEqualTo(
            """
            HIGH (1)

            A.java:9  sql-injection (CWE-89)  SQL from parameter id
                > st.executeQuery(sql);
                trace:
                  1. A.java:4  read from parameter "id"
                  2. A.java:9  executed by Statement.executeQuery
                fix: use a PreparedStatement

            LOW (1)

            C.java:7  insecure-cookie (CWE-614)  cookie not secure
                fix: call setSecure(true)

            Suppressed (1)
              B.java:2  weak-hash  comment: checksum only

            2 findings (1 high, 0 medium, 1 low); suppressed: 1 by comment, 0 by baseline; 3 files\
             analysed in 12 ms
            """);
  }
}
