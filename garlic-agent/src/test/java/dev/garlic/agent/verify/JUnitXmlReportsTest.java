package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.workspace.build.BuildInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitXmlReportsTest {

  static final String REPORT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuite name="demo.CalculatorTest" tests="4" errors="1" skipped="1" failures="1">
        <properties><property name="java.version" value="25"/></properties>
        <testcase name="addsTwoNumbers" classname="demo.CalculatorTest" time="0.064">
          <failure message="2 + 3 ==&gt; expected: &lt;5&gt; but was: &lt;-1&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: 2 + 3 ==> expected: <5> but was: <-1>
      \tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:601)
      \tat demo.CalculatorTest.addsTwoNumbers(CalculatorTest.java:13)
      \tat java.base/java.lang.reflect.Method.invoke(Method.java:565)
      ]]></failure>
        </testcase>
        <testcase name="divides" classname="demo.CalculatorTest" time="0.01">
          <error type="java.lang.ArithmeticException"><![CDATA[java.lang.ArithmeticException: / by zero
      \tat demo.Calculator.divide(Calculator.java:18)
      \tat demo.CalculatorTest.divides(CalculatorTest.java:23)
      ]]></error>
        </testcase>
        <testcase name="later" classname="demo.CalculatorTest"><skipped/></testcase>
        <testcase name="multipliesTwoNumbers" classname="demo.CalculatorTest" time="0.011"/>
      </testsuite>
      """;

  @TempDir Path root;

  @Test
  void readsCountsFailuresMessagesAndProjectLocations() throws IOException {
    write("pom.xml", "<project/>");
    write("src/main/java/demo/Calculator.java", "package demo; class Calculator {}");
    write("src/test/java/demo/CalculatorTest.java", "package demo; class CalculatorTest {}");
    write("target/surefire-reports/TEST-demo.CalculatorTest.xml", REPORT);

    ParsedResults results = reports().read(List.of(root.resolve("target/surefire-reports")));

    assertThat(results.run()).isEqualTo(4);
    assertThat(results.failed()).isEqualTo(1);
    assertThat(results.errors()).isEqualTo(1);
    assertThat(results.skipped()).isEqualTo(1);
    assertThat(results.failures())
        .containsExactly(
            new TestFailure(
                "demo.CalculatorTest",
                "addsTwoNumbers",
                false,
                "AssertionFailedError: 2 + 3 ==> expected: <5> but was: <-1>",
                List.of("demo.CalculatorTest.addsTwoNumbers(CalculatorTest.java:13)"),
                "src/test/java/demo/CalculatorTest.java:13"),
            new TestFailure(
                "demo.CalculatorTest",
                "divides",
                true,
                "java.lang.ArithmeticException: / by zero",
                List.of(
                    "demo.Calculator.divide(Calculator.java:18)",
                    "demo.CalculatorTest.divides(CalculatorTest.java:23)"),
                "src/main/java/demo/Calculator.java:18"));
  }

  @Test
  void withoutProjectFramesTheFirstFrameIsKeptAndNoLocationGiven() throws IOException {
    write("pom.xml", "<project/>");
    write("target/surefire-reports/TEST-demo.CalculatorTest.xml", REPORT);

    TestFailure first =
        reports().read(List.of(root.resolve("target/surefire-reports"))).failures().getFirst();

    assertThat(first.frames())
        .containsExactly("org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:601)");
    assertThat(first.location()).isNull();
  }

  @Test
  void malformedReportsAndMissingDirectoriesCountAsNothing() throws IOException {
    write("pom.xml", "<project/>");
    write("target/surefire-reports/TEST-broken.xml", "<testsuite><testcase");
    write(
        "target/surefire-reports/TEST-entity.xml",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><testsuite>&e;</testsuite>");

    ParsedResults results =
        reports().read(List.of(root.resolve("target/surefire-reports"), root.resolve("missing")));

    assertThat(results.isEmpty()).isTrue();
  }

  @Test
  void clearDeletesOnlyReports() throws IOException {
    write("target/surefire-reports/TEST-a.xml", REPORT);
    write("target/surefire-reports/a.txt", "summary");

    JUnitXmlReports.clear(root.resolve("target/surefire-reports"));

    assertThat(JUnitXmlReports.reportFiles(root.resolve("target/surefire-reports"))).isEmpty();
    assertThat(root.resolve("target/surefire-reports/a.txt")).exists();
  }

  private JUnitXmlReports reports() {
    return new JUnitXmlReports(new JvmStackFrames(BuildInfo.detect(root)));
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
