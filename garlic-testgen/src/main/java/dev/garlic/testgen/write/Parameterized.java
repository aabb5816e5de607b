package dev.garlic.testgen.write;

import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tests of one shape written as one {@code @ParameterizedTest} with a {@code @CsvSource} row each:
 * the same steps, call and assertions, differing only in literal arguments of the call under test
 * and literal expected values of {@code assertEquals}. Only the values that differ between rows
 * become parameters.
 */
final class Parameterized {

  /** A value that may become a parameter: {@code a<i>} for argument i, {@code e<i>} expected. */
  private record Slot(String role, Value value, String cell) {}

  private final List<TestCase> rows;
  private final List<List<Slot>> slots;
  private final List<String> varying;

  private Parameterized(List<TestCase> rows, List<List<Slot>> slots, List<String> varying) {
    this.rows = rows;
    this.slots = slots;
    this.varying = varying;
  }

  /**
   * The shape of {@code test}: its rendered statements with every value that could be a CSV cell
   * replaced by its role and type. Tests with equal shapes can share a parameterized test.
   */
  static String shape(TestCase test) {
    List<Slot> found = new ArrayList<>();
    List<String> body = TestBody.render(test, new Imports("", "Shape"), collector(found));
    StringBuilder key = new StringBuilder(String.join("\n", body));
    found.forEach(slot -> key.append('\n').append(slot.role).append(':').append(slot.value.type()));
    return key.toString();
  }

  /** The parameterized test for {@code unit} (tests of one shape), if some value varies. */
  static Optional<Parameterized> of(List<TestCase> unit) {
    List<List<Slot>> slots = new ArrayList<>();
    for (TestCase test : unit) {
      List<Slot> found = new ArrayList<>();
      TestBody.render(test, new Imports("", "Shape"), collector(found));
      slots.add(found);
    }
    List<String> varying = new ArrayList<>();
    for (int i = 0; i < slots.getFirst().size(); i++) {
      int index = i;
      if (slots.stream().map(s -> s.get(index).cell).distinct().count() > 1) {
        varying.add(slots.getFirst().get(i).role);
      }
    }
    boolean emptyRow =
        varying.size() == 1
            && slots.stream()
                .flatMap(List::stream)
                .anyMatch(s -> s.role.equals(varying.getFirst()) && s.cell.isEmpty());
    return varying.isEmpty() || emptyRow
        ? Optional.empty()
        : Optional.of(new Parameterized(unit, slots, varying));
  }

  /** The method, without indentation of its own class member level. */
  List<String> render(String name, Imports imports) {
    Map<String, String> parameters = parameterNames(rows.getFirst());
    List<String> declared = new ArrayList<>();
    for (Slot slot : slots.getFirst()) {
      if (varying.contains(slot.role)) {
        imports.addAll(slot.value.imports());
        declared.add(slot.value.type() + " " + parameters.get(slot.role));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("@" + imports.use("org.junit.jupiter.params.ParameterizedTest"));
    lines.add("@" + imports.use("org.junit.jupiter.params.provider.CsvSource") + "({");
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>();
      for (Slot slot : slots.get(r)) {
        if (varying.contains(slot.role)) {
          cells.add(slot.cell);
        }
      }
      String separator = r < rows.size() - 1 ? "," : "";
      lines.add(
          "  \""
              + String.join(", ", cells)
              + "\""
              + separator
              + " // "
              + rows.get(r).description().replaceAll("\\s+", " "));
    }
    lines.add("})");
    lines.add("void " + name + "(" + String.join(", ", declared) + ") throws Exception {");
    TestBody.render(rows.getFirst(), imports, writer(parameters))
        .forEach(line -> lines.add("  " + line));
    lines.add("}");
    return lines;
  }

  private Map<String, String> parameterNames(TestCase test) {
    long arguments = varying.stream().filter(r -> r.startsWith("a")).count();
    long expected = varying.size() - arguments;
    Map<String, String> names = new LinkedHashMap<>();
    int a = 0;
    int e = 0;
    for (String role : varying) {
      String wanted =
          role.startsWith("a")
              ? (arguments == 1 ? "input" : "input" + ++a)
              : (expected == 1 ? "expected" : "expected" + ++e);
      names.put(role, TestBody.freeName(test, wanted));
    }
    return names;
  }

  private TestBody.Slots writer(Map<String, String> parameters) {
    return new TestBody.Slots() {
      @Override
      public String argument(int index, Value value) {
        return parameters.getOrDefault("a" + index, value.code());
      }

      @Override
      public String expected(int index, Value value) {
        return parameters.getOrDefault("e" + index, value.code());
      }
    };
  }

  private static TestBody.Slots collector(List<Slot> found) {
    return new TestBody.Slots() {
      @Override
      public String argument(int index, Value value) {
        return record("a" + index, value);
      }

      @Override
      public String expected(int index, Value value) {
        return record("e" + index, value);
      }

      private String record(String role, Value value) {
        Optional<String> cell = CsvCell.of(value);
        if (cell.isEmpty()) {
          return value.code();
        }
        found.add(new Slot(role, value, cell.get()));
        return "\u0000" + role;
      }
    };
  }
}
