package dev.garlic.testgen.explore;

import dev.garlic.testgen.api.MethodApi;
import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Call;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Step;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.model.Value;
import dev.garlic.testgen.vectors.SourceNames;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes a sequence as a {@link TestCase}: variables named after their types ({@code money}, {@code
 * money2}), the last statement as the act with variable {@code result}, and a description naming
 * the method, what it did and the labelled inputs ({@code "withdraw throws IllegalArgumentException
 * for negative amount"}).
 */
final class TestCaseBuilder {

  private final String targetClass;
  private final List<MethodApi> methods;

  TestCaseBuilder(String targetClass, List<MethodApi> methods) {
    this.targetClass = targetClass;
    this.methods = List.copyOf(methods);
  }

  /** The variable of each statement; null for void results. The last is {@code result}. */
  static @Nullable String[] variables(Sequence sequence) {
    String[] names = new String[sequence.size()];
    Map<String, Integer> used = new HashMap<>();
    for (int i = 0; i < sequence.size(); i++) {
      Class<?> produced = sequence.statements().get(i).operation().produces();
      if (produced == null) {
        continue;
      }
      if (i == sequence.size() - 1) {
        names[i] = "result";
        continue;
      }
      String base = produced.isArray() ? "array" : decapitalize(produced.getSimpleName());
      if (!SourceVersion.isIdentifier(base)
          || SourceVersion.isKeyword(base)
          || base.equals("result")) {
        base = base + "Value";
      }
      int n = used.merge(base, 1, Integer::sum);
      names[i] = n == 1 ? base : base + n;
    }
    return names;
  }

  private static String decapitalize(String name) {
    if (name.isEmpty()) {
      return "value";
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  TestCase build(Sequence sequence, Outcome outcome, String origin) {
    String[] vars = variables(sequence);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < sequence.size(); i++) {
      steps.add(new Step(vars[i], call(sequence, i, vars)));
    }
    Step act = steps.removeLast();
    return new TestCase(targetClass, steps, act, outcome, origin, describe(sequence, outcome));
  }

  private static Call call(Sequence sequence, int index, @Nullable String[] vars) {
    Sequence.Statement s = sequence.statements().get(index);
    Operation op = s.operation();
    Class<?>[] types = op.executable().getParameterTypes();
    List<Value> args = new ArrayList<>();
    for (int a = 0; a < s.args().size(); a++) {
      args.add(
          switch (s.args().get(a)) {
            case Sequence.Arg.Fixed f -> f.vector().source();
            case Sequence.Arg.Ref r ->
                Value.variable(referenced(vars[r.step()]), SourceNames.simple(types[a]));
          });
    }
    Call.Kind kind =
        op.isConstructor()
            ? Call.Kind.CONSTRUCTOR
            : Modifier.isStatic(op.executable().getModifiers())
                ? Call.Kind.STATIC
                : Call.Kind.INSTANCE;
    return new Call(
        kind,
        op.executable().getDeclaringClass().getName(),
        op.name(),
        Arrays.stream(types).map(Class::getName).toList(),
        kind == Call.Kind.INSTANCE ? referenced(vars[s.receiver()]) : null,
        args,
        op.returnTypeSource());
  }

  /** A readable one-line description of what the test shows. */
  String describe(Sequence sequence, Outcome outcome) {
    Sequence.Statement act = sequence.last();
    Operation op = act.operation();
    String what =
        switch (outcome) {
          case Outcome.Throws t ->
              "throws " + t.exception().substring(t.exception().lastIndexOf('.') + 1);
          case Outcome.Returns r -> returns(op, r.assertions());
        };
    String inputs = inputs(act);
    return op.displayName() + " " + what + (inputs.isEmpty() ? "" : " for " + inputs);
  }

  private static String returns(Operation op, List<Assertion> assertions) {
    if (op.isConstructor()) {
      return "creates an instance" + property(" with ", assertions, "result.");
    }
    if (op.produces() == null) {
      return "completes";
    }
    if (assertions.size() == 1 && assertions.getFirst().actual().equals("result")) {
      return switch (assertions.getFirst()) {
        case Assertion.IsNull n -> "returns null";
        case Assertion.IsBoolean b -> "returns " + b.expected();
        case Assertion.Equals e when e.expected().code().length() <= 20 ->
            "returns " + e.expected().code();
        case Assertion.Same s -> "returns its receiver";
        default -> "returns a value";
      };
    }
    String noun = SourceNames.simple(op.produces());
    return "returns "
        + (noun.matches("[AEIOU].*") ? "an " : "a ")
        + noun
        + property(" with ", assertions, "result.");
  }

  /**
   * The first observed property of an object, {@code " with denominator 26"}, or nothing: the first
   * equality on {@code prefix + getter()} with a short expected value.
   */
  private static String property(String lead, List<Assertion> assertions, String prefix) {
    for (Assertion a : assertions) {
      String actual = a.actual();
      if (!actual.startsWith(prefix) || !actual.endsWith("()")) {
        continue;
      }
      String name =
          actual
              .substring(prefix.length(), actual.length() - 2)
              .replaceFirst("^(get|is|has)(?=[A-Z])", "");
      name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
      String expected =
          switch (a) {
            case Assertion.Equals e -> e.expected().code();
            case Assertion.IsBoolean b -> Boolean.toString(b.expected());
            case Assertion.IsNull n -> "null";
            default -> "";
          };
      if (!expected.isEmpty() && expected.length() <= 20) {
        return lead + name + " " + expected;
      }
    }
    return "";
  }

  private String inputs(Sequence.Statement act) {
    List<String> names = parameterNames(act.operation());
    List<String> parts = new ArrayList<>();
    for (int a = 0; a < act.args().size() && parts.size() < 2; a++) {
      if (act.args().get(a) instanceof Sequence.Arg.Fixed f
          && f.vector().source().label() != null) {
        parts.add(f.vector().source().label() + (names.isEmpty() ? "" : " " + names.get(a)));
      }
    }
    return String.join(" and ", parts);
  }

  /** The source's parameter names for an operation (by name and count), else none. */
  List<String> parameterNames(Operation op) {
    int count = op.executable().getParameterCount();
    for (MethodApi m : methods) {
      if (m.name().equals(op.name()) && m.parameterNames().size() == count) {
        return m.parameterNames();
      }
    }
    if (Arrays.stream(op.executable().getParameters())
        .allMatch(java.lang.reflect.Parameter::isNamePresent)) {
      return Arrays.stream(op.executable().getParameters())
          .map(java.lang.reflect.Parameter::getName)
          .toList();
    }
    return List.of();
  }

  /** The variable of a statement another one uses (it always has a result). */
  private static String referenced(@Nullable String variable) {
    if (variable == null) {
      throw new IllegalStateException("a referenced statement has no result");
    }
    return variable;
  }
}
