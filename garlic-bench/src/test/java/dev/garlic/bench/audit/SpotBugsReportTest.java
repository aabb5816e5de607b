package dev.garlic.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotBugsReportTest {

  private static final String XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <BugCollection version="4.9.8">
        <BugInstance type="SQL_INJECTION_JDBC" priority="1" category="SECURITY">
          <ShortMessage>Potential JDBC Injection</ShortMessage>
          <Class classname="corpus.cwe89.A">
            <SourceLine classname="corpus.cwe89.A" start="3" end="20" sourcepath="corpus/cwe89/A.java"/>
          </Class>
          <Method classname="corpus.cwe89.A" name="a">
            <SourceLine classname="corpus.cwe89.A" start="5" end="9" sourcepath="corpus/cwe89/A.java"/>
          </Method>
          <SourceLine classname="corpus.cwe89.A" primary="true" start="7" end="7" sourcepath="corpus/cwe89/A.java"/>
          <String value="javax/servlet/ServletRequest.getParameter" role="Tainted source"/>
          <SourceLine classname="corpus.cwe89.A" start="8" end="8" sourcepath="corpus/cwe89/A.java" role="SOURCE_LINE_ANOTHER_INSTANCE"/>
          <SourceLine classname="corpus.cwe89.A" start="5" end="5" sourcepath="corpus/cwe89/A.java"/>
        </BugInstance>
        <BugInstance type="WEAK_MESSAGE_DIGEST_MD5" priority="2" category="SECURITY">
          <Class classname="corpus.cwe328.B"/>
        </BugInstance>
        <BugInstance type="PREDICTABLE_RANDOM" priority="2" category="SECURITY">
          <SourceLine classname="corpus.cwe330.C" start="12" end="12" sourcepath="corpus/cwe330/C.java"/>
        </BugInstance>
        <BugPattern type="SQL_INJECTION_JDBC" category="SECURITY" cweid="89"/>
      </BugCollection>
      """;

  @Test
  void readsWhereTheBugIsAndNotItsClassMethodOrTaintSources() throws IOException {
    List<SpotBugsReport.Bug> bugs =
        SpotBugsReport.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));

    assertThat(bugs)
        .containsExactly(
            new SpotBugsReport.Bug("SQL_INJECTION_JDBC", "corpus/cwe89/A.java", List.of(7, 8)),
            new SpotBugsReport.Bug("WEAK_MESSAGE_DIGEST_MD5", "", List.of()),
            new SpotBugsReport.Bug("PREDICTABLE_RANDOM", "corpus/cwe330/C.java", List.of(12)));
  }
}
