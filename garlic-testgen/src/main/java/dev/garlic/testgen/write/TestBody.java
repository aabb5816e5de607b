package dev.garlic.testgen.write;

import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Call;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Step;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the statements of one test: the arrange steps, the call under test, and its assertions or
 * {@code assertThrows}. The act's arguments and the expected values of {@code assertEquals} go
 * through a {@link Slots} callback, which either writes their code or replaces them with a
 * parameter of a parameterized test.
 */
final class TestBody {

  /** Decides what to write for a value that a parameterized test may vary. */
  interface Slots {
    /** What to write for argument {@code index} of the call under test. */
    String argument(int index, Value value);

    /** What to write for the expected value of assertion {@code index}. */
    String expected(int index, Value value);
  }

  /** Writes every value as its own code. */
  static final Slots LITERAL =
      new Slots() {
        @Override
        public String argument(int index, Value value) {
          return value.code();
        }

        @Override
        public String expected(int index, Value value) {
          return value.code();
        }
      };

  private TestBody() {}

  static List<String> render(TestCase test, Imports imports, Slots slots) {
    List<String> lines = new ArrayList<>();
    for (Step step : test.arrange()) {
      String call = call(step.call(), imports, (i, v) -> v.code());
      lines.add(
          step.variable() == null ? call + ";" : "var " + step.variable() + " = " + call + ";");
    }
    Step act = test.act();
    String call = call(act.call(), imports, slots::argument);
    switch (test.outcome()) {
      case Outcome.Returns returns -> {
        lines.add(
            act.variable() == null || act.call().isVoid()
                ? call + ";"
                : "var " + act.variable() + " = " + call + ";");
        List<Assertion> assertions = returns.assertions();
        for (int i = 0; i < assertions.size(); i++) {
          lines.add(assertion(assertions.get(i), i, imports, slots) + ";");
        }
      }
      case Outcome.Throws thrown -> {
        String type = imports.use(thrown.exception());
        String assertThrows = imports.assertion("assertThrows");
        if (thrown.message() == null) {
          lines.add(assertThrows + "(" + type + ".class, () -> " + call + ");");
        } else {
          String variable = freeName(test, "thrown");
          lines.add(
              "var "
                  + variable
                  + " = "
                  + assertThrows
                  + "("
                  + type
                  + ".class, () -> "
                  + call
                  + ");");
          lines.add(
              imports.assertion("assertEquals")
                  + "("
                  + javaString(thrown.message())
                  + ", "
                  + variable
                  + ".getMessage());");
        }
      }
    }
    return lines;
  }

  /** A variable name that no step of {@code test} declares. */
  static String freeName(TestCase test, String wanted) {
    List<String> declared = new ArrayList<>();
    test.arrange().forEach(s -> declared.add(s.variable()));
    declared.add(test.act().variable());
    String name = wanted;
    for (int i = 2; declared.contains(name); i++) {
      name = wanted + i;
    }
    return name;
  }

  private interface ArgumentWriter {
    String write(int index, Value value);
  }

  private static String call(Call call, Imports imports, ArgumentWriter arguments) {
    List<Value> values = call.arguments();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      imports.addAll(values.get(i).imports());
      written.add(arguments.write(i, values.get(i)));
    }
    String args = String.join(", ", written);
    return switch (call.kind()) {
      case CONSTRUCTOR -> "new " + imports.use(call.owner()) + "(" + args + ")";
      case STATIC -> imports.use(call.owner()) + "." + call.name() + "(" + args + ")";
      case INSTANCE -> call.receiver() + "." + call.name() + "(" + args + ")";
    };
  }

  private static String assertion(Assertion assertion, int index, Imports imports, Slots slots) {
    return switch (assertion) {
      case Assertion.Equals eq -> {
        imports.addAll(eq.expected().imports());
        String expected = slots.expected(index, eq.expected());
        String delta = eq.delta() == 0 ? "" : ", " + eq.delta();
        yield imports.assertion("assertEquals") + "(" + expected + ", " + eq.actual() + delta + ")";
      }
      case Assertion.ArrayEquals eq -> {
        imports.addAll(eq.expected().imports());
        yield imports.assertion("assertArrayEquals")
            + "("
            + eq.expected().code()
            + ", "
            + eq.actual()
            + ")";
      }
      case Assertion.IsNull n -> imports.assertion("assertNull") + "(" + n.actual() + ")";
      case Assertion.IsNotNull n -> imports.assertion("assertNotNull") + "(" + n.actual() + ")";
      case Assertion.IsBoolean b ->
          imports.assertion(b.expected() ? "assertTrue" : "assertFalse") + "(" + b.actual() + ")";
      case Assertion.Same s ->
          imports.assertion("assertSame") + "(" + s.expected() + ", " + s.actual() + ")";
    };
  }

  /** {@code text} as a Java string literal. */
  static String javaString(String text) {
    return text.chars()
        .mapToObj(
            c ->
                switch (c) {
                  case '"' -> "\\\"";
                  case '\\' -> "\\\\";
                  case '\n' -> "\\n";
                  case '\r' -> "\\r";
                  case '\t' -> "\\t";
                  default ->
                      c < 0x20 || c == 0x7f
                          ? String.format("\\u%04x", c)
                          : String.valueOf((char) c);
                })
        .collect(Collectors.joining("", "\"", "\""));
  }
}
