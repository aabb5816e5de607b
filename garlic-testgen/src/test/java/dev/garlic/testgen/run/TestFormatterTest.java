package dev.garlic.testgen.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.spi.Cancellation;
import dev.garlic.testgen.fixture.ProcessCommandRunner;
import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Call;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Step;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.model.Value;
import dev.garlic.testgen.write.JUnitWriter;
import dev.garlic.testgen.write.TestSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFormatterTest {

  @TempDir Path dir;

  @Test
  void wrapsLongLinesAndFindsEveryMethodAgain() {
    List<Value> arguments =
        List.of(
            Value.literal("\"a rather long first argument\"", "String", null),
            Value.literal("\"another rather long argument\"", "String", null),
            Value.literal("\"and a third one to pass a hundred columns\"", "String", null));
    TestCase longCall =
        new TestCase(
            "com.acme.Text",
            List.of(),
            new Step(
                "result",
                new Call(
                    Call.Kind.STATIC,
                    "com.acme.Text",
                    "concatenate",
                    List.of("java.lang.String", "java.lang.String", "java.lang.String"),
                    null,
                    arguments,
                    "String")),
            new Outcome.Returns(List.of(new Assertion.IsNotNull("result"))),
            "vector",
            "concatenates three strings");
    TestCase shortCall =
        new TestCase(
            "com.acme.Text",
            List.of(),
            new Step(
                null,
                new Call(
                    Call.Kind.STATIC,
                    "com.acme.Text",
                    "reset",
                    List.of(),
                    null,
                    List.of(),
                    "void")),
            new Outcome.Returns(List.of()),
            "vector",
            "resets");
    TestSource rendered =
        new JUnitWriter().render("com.acme.Text", List.of(longCall, shortCall), "TextGarlicTest");
    assertThat(rendered.text().lines()).anyMatch(line -> line.length() > 100);

    TestSource formatted =
        new TestFormatter()
            .format(rendered, dir, new ProcessCommandRunner(), Cancellation.create())
            .orElseThrow();

    assertThat(formatted.text().lines()).allMatch(line -> line.length() <= 100);
    assertThat(formatted.text())
        .contains(
            """
                var result =
                    Text.concatenate(
            """);
    List<String> lines = formatted.text().lines().toList();
    TestSource.Lines resets = formatted.lines().get("resets");
    assertThat(lines.get(resets.first() - 1)).isEqualTo("  @Test");
    assertThat(lines.get(resets.last() - 1)).isEqualTo("  }");
    assertThat(formatted.methodAt(resets.first() - 1)).isEmpty();
    assertThat(formatted.methodAt(resets.first() - 2)).contains("concatenatesThreeStrings");
  }
}
