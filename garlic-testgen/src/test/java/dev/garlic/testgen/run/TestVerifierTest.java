package dev.garlic.testgen.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.spi.Cancellation;
import dev.garlic.testgen.fixture.FixtureProject;
import dev.garlic.testgen.fixture.ProcessCommandRunner;
import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Call;
import dev.garlic.testgen.model.DropReason;
import dev.garlic.testgen.model.Dropped;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Step;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.model.Value;
import dev.garlic.testgen.write.JUnitWriter;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestVerifierTest {

  private static final String CALC = "demo.Calc";

  @TempDir static Path dir;

  private static TargetProject project;

  private final JUnitWriter writer = new JUnitWriter();

  @BeforeAll
  static void compileFixture() {
    project =
        FixtureProject.compile(
            TestWorkspace.in(dir.resolve("project"))
                .file(
                    "src/main/java/demo/Calc.java",
                    """
                    package demo;

                    import java.io.IOException;
                    import java.nio.file.Files;
                    import java.nio.file.Path;

                    public final class Calc {
                      private Calc() {}

                      public static int add(int a, int b) {
                        return a + b;
                      }

                      public static int length(String text) {
                        return text == null ? 0 : text.length();
                      }

                      public static long now() {
                        return System.nanoTime();
                      }

                      /** True in every other JVM: a counter in a file, read and increased. */
                      public static boolean alternate(String counter) throws IOException {
                        Path file = Path.of(counter);
                        int n = Files.exists(file) ? Integer.parseInt(Files.readString(file)) : 0;
                        Files.writeString(file, Integer.toString(n + 1));
                        return n % 2 == 0;
                      }

                      public static void quit() {
                        System.exit(3);
                      }

                      public static void spin() {
                        while (true) {
                          Thread.onSpinWait();
                        }
                      }
                    }
                    """));
  }

  @Test
  void keepsPassingTestsAndDropsFailingAndFlakyOnes() {
    TestCase passes = equals("add", List.of(literal("2"), literal("3")), "5", "adds two numbers");
    TestCase wrong = equals("add", List.of(literal("2"), literal("2")), "5", "adds wrongly");
    TestCase clock = equals("now", List.of(), "123456789L", "returns the observed time");
    Value counter =
        Value.literal(
            "\"" + dir.resolve("counter").toString().replace("\\", "/") + "\"", "String", null);
    TestCase alternates =
        new TestCase(
            CALC,
            List.of(),
            new Step("result", call("alternate", List.of("java.lang.String"), List.of(counter))),
            new Outcome.Returns(List.of(new Assertion.IsBoolean("result", true))),
            "sequence",
            "alternates between runs");

    TestCase longLine =
        equals(
            "add",
            List.of(
                new Value(
                    "1_000_000_000 / 1_000_000_000 + 1_000_000_000 / 1_000_000_000 - 1_000_000_000 / 1_000_000_000",
                    "int",
                    List.of(),
                    false,
                    null),
                literal("1")),
            "2",
            "adds a long expression");

    VerifiedSuite suite =
        verify(List.of(passes, wrong, clock, alternates, longLine), Duration.ofSeconds(10), true);

    assertThat(suite.kept()).containsExactly(passes, longLine);
    assertThat(reasons(suite))
        .as(suite.dropped().toString())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "adds wrongly", DropReason.FAILS,
                "returns the observed time", DropReason.FAILS,
                "alternates between runs", DropReason.FLAKY));
    assertThat(suite.dropped())
        .filteredOn(d -> d.test() == wrong)
        .singleElement()
        .extracting(Dropped::detail)
        .asString()
        .contains("expected: <5> but was: <4>");
    assertThat(suite.source().text())
        .contains("void addsTwoNumbers() throws Exception {")
        .doesNotContain("wrongly");
    assertThat(suite.source().text().lines()).allMatch(line -> line.length() <= 100);
    assertThat(suite.classes().resolve("demo/CalcGarlicTest.class")).exists();
  }

  @Test
  void dropsOnlyTheFailingRowOfAParameterizedTest() {
    List<TestCase> rows =
        List.of(
            length("\"\"", "0", "counts nothing in the empty string"),
            length("\"a b,c\"", "5", "counts spaces and commas"),
            length("null", "0", "treats null as empty"),
            length("\"abc\"", "4", "miscounts three letters"));

    VerifiedSuite suite = verify(rows, Duration.ofSeconds(10));

    assertThat(suite.kept()).containsExactly(rows.get(0), rows.get(1), rows.get(2));
    assertThat(reasons(suite))
        .containsExactly(Map.entry("miscounts three letters", DropReason.FAILS));
    assertThat(suite.source().text())
        .contains("@CsvSource({")
        .contains("\"'a b,c', 5\", // counts spaces and commas")
        .doesNotContain("miscounts");
  }

  @Test
  void dropsTestsThatDoNotCompile() {
    TestCase passes = equals("add", List.of(literal("1"), literal("1")), "2", "adds one and one");
    TestCase missing = equals("subtract", List.of(literal("1"), literal("1")), "0", "subtracts");
    TestCase badImport =
        equals(
            "add",
            List.of(
                new Value("Nope.ONE", "int", List.of("demo.missing.Nope"), false, null),
                literal("1")),
            "2",
            "adds a missing constant");

    VerifiedSuite suite = verify(List.of(passes, missing, badImport), Duration.ofSeconds(10));

    assertThat(suite.kept()).containsExactly(passes);
    assertThat(reasons(suite))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "subtracts", DropReason.DOES_NOT_COMPILE,
                "adds a missing constant", DropReason.DOES_NOT_COMPILE));
    assertThat(suite.dropped().getFirst().detail()).contains("cannot find symbol");
  }

  @Test
  void containsATestThatEndsTheJvmAndRunsTheOthersWithoutIt() {
    TestCase passes = equals("add", List.of(literal("1"), literal("2")), "3", "adds one and two");
    TestCase quits =
        new TestCase(
            CALC,
            List.of(),
            new Step(null, call("quit", List.of(), List.of())),
            new Outcome.Returns(List.of()),
            "sequence",
            "quits");

    VerifiedSuite suite = verify(List.of(quits, passes), Duration.ofSeconds(10));

    assertThat(suite.kept()).containsExactly(passes);
    assertThat(reasons(suite)).containsExactly(Map.entry("quits", DropReason.CONTAINED));
    assertThat(suite.dropped().getFirst().detail()).contains("exit code 3");
  }

  @Test
  void dropsATestThatRunsPastItsTimeout() {
    TestCase passes = equals("add", List.of(literal("0"), literal("0")), "0", "adds zeros");
    TestCase spins =
        new TestCase(
            CALC,
            List.of(),
            new Step(null, call("spin", List.of(), List.of())),
            new Outcome.Returns(List.of()),
            "sequence",
            "spins forever");

    VerifiedSuite suite = verify(List.of(spins, passes), Duration.ofMillis(500));

    assertThat(suite.kept()).containsExactly(passes);
    assertThat(reasons(suite)).containsExactly(Map.entry("spins forever", DropReason.TIMEOUT));
  }

  /** Waits out a whole JVM timeout, so slow. */
  @Test
  @Tag("slow")
  void dropsTheTestRunningWhenTheJvmRunsPastItsTimeout() {
    TestCase passes = equals("add", List.of(literal("4"), literal("4")), "8", "adds fours");
    TestCase spins =
        new TestCase(
            CALC,
            List.of(),
            new Step(null, call("spin", List.of(), List.of())),
            new Outcome.Returns(List.of()),
            "sequence",
            "spins past the run");
    TestVerifier verifier =
        new TestVerifier(
            writer,
            dir.resolve("jvm-timeout"),
            Duration.ofSeconds(8),
            Duration.ofMinutes(5),
            false);

    VerifiedSuite suite =
        verifier.verify(
            project,
            writer.render(CALC, List.of(spins, passes), "CalcGarlicTest"),
            new ProcessCommandRunner(),
            Cancellation.create());

    assertThat(suite.kept()).containsExactly(passes);
    assertThat(suite.dropped())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo(DropReason.TIMEOUT);
              assertThat(d.detail()).contains("past its timeout");
            });
  }

  @Test
  void returnsNoSourceWhenEveryTestIsDropped() {
    TestCase wrong = equals("add", List.of(literal("1"), literal("1")), "3", "adds badly");

    VerifiedSuite suite = verify(List.of(wrong), Duration.ofSeconds(10));

    assertThat(suite.source()).isNull();
    assertThat(suite.classes()).isNull();
    assertThat(suite.kept()).isEmpty();
    assertThat(suite.dropped()).extracting(Dropped::reason).containsExactly(DropReason.FAILS);
  }

  private VerifiedSuite verify(List<TestCase> tests, Duration testTimeout) {
    return verify(tests, testTimeout, false);
  }

  private VerifiedSuite verify(List<TestCase> tests, Duration testTimeout, boolean format) {
    Path work;
    try {
      work = Files.createTempDirectory(dir, "verify");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    TestVerifier verifier =
        new TestVerifier(writer, work, Duration.ofSeconds(60), testTimeout, format);
    return verifier.verify(
        project,
        writer.render(CALC, tests, "CalcGarlicTest"),
        new ProcessCommandRunner(),
        Cancellation.create());
  }

  private static TestCase length(String text, String expected, String description) {
    return new TestCase(
        CALC,
        List.of(),
        new Step(
            "result",
            new Call(
                Call.Kind.STATIC,
                CALC,
                "length",
                List.of("java.lang.String"),
                null,
                List.of(Value.literal(text, "String", null)),
                "int")),
        new Outcome.Returns(
            List.of(new Assertion.Equals("result", Value.literal(expected, "int", null)))),
        "vector",
        description);
  }

  private static Map<String, DropReason> reasons(VerifiedSuite suite) {
    return suite.dropped().stream()
        .collect(Collectors.toMap(d -> d.test().description(), Dropped::reason));
  }

  private static Value literal(String code) {
    return Value.literal(code, "int", null);
  }

  private static Call call(String name, List<String> types, List<Value> arguments) {
    return new Call(
        Call.Kind.STATIC,
        CALC,
        name,
        types,
        null,
        arguments,
        switch (name) {
          case "now" -> "long";
          case "add" -> "int";
          case "alternate" -> "boolean";
          default -> "void";
        });
  }

  private static TestCase equals(
      String method, List<Value> arguments, String expected, String description) {
    List<String> types = arguments.stream().map(a -> "int").toList();
    String type = method.equals("now") ? "long" : "int";
    return new TestCase(
        CALC,
        List.of(),
        new Step("result", call(method, types, arguments)),
        new Outcome.Returns(
            List.of(new Assertion.Equals("result", Value.literal(expected, type, null)))),
        "vector",
        description);
  }
}
