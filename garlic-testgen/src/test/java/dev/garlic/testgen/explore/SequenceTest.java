package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.model.Value;
import dev.garlic.testgen.vectors.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceTest {

  static final Operation NEW = operation(() -> StringBuilder.class.getConstructor());
  static final Operation APPEND =
      operation(() -> StringBuilder.class.getMethod("append", String.class));
  static final Operation LENGTH = operation(() -> StringBuilder.class.getMethod("length"));
  static final Operation VALUE_OF = operation(() -> String.class.getMethod("valueOf", int.class));

  interface Lookup {
    java.lang.reflect.Executable find() throws NoSuchMethodException;
  }

  static Operation operation(Lookup lookup) {
    try {
      return Operation.of(lookup.find());
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  static Sequence.Arg text(String s) {
    return new Sequence.Arg.Fixed(Vector.of(Value.literal("\"" + s + "\"", "String", null), s));
  }

  @Test
  void minimalKeepsWhatTheLastCallDependsOnAndCallsOnItsReceiver() {
    Sequence sequence =
        Sequence.EMPTY
            .then(new Sequence.Statement(NEW, -1, List.of()))
            .then(
                new Sequence.Statement(
                    VALUE_OF,
                    -1,
                    List.of(new Sequence.Arg.Fixed(Vector.of(Value.literal("1", "int", null), 1)))))
            .then(new Sequence.Statement(APPEND, 0, List.of(text("a"))))
            .then(new Sequence.Statement(LENGTH, 0, List.of()));

    Sequence minimal = sequence.minimal();

    assertThat(minimal.statements())
        .extracting(Sequence.Statement::operation)
        .containsExactly(NEW, APPEND, LENGTH);
    assertThat(minimal.last().receiver()).isZero();
    assertThat(Execution.run(minimal).values()[2]).isEqualTo(1);
  }

  @Test
  void withoutRenumbersReferencesAndRefusesToDropAUsedResult() {
    Sequence sequence =
        Sequence.EMPTY
            .then(new Sequence.Statement(NEW, -1, List.of()))
            .then(new Sequence.Statement(APPEND, 0, List.of(text("a"))))
            .then(new Sequence.Statement(LENGTH, 0, List.of()));

    assertThat(sequence.without(0)).isNull();
    assertThat(sequence.without(2)).isNull();
    Sequence shorter = sequence.without(1);
    assertThat(shorter).isNotNull();
    assertThat(Execution.run(shorter).values()[1]).isEqualTo(0);
  }

  @Test
  void executionStopsAtTheFirstThrowAndTellsWhetherItWasEarly() {
    Sequence sequence =
        Sequence.EMPTY
            .then(new Sequence.Statement(NEW, -1, List.of()))
            .then(new Sequence.Statement(APPEND, 0, List.of(text("a"))));
    Sequence broken =
        new Sequence(
            List.of(new Sequence.Statement(APPEND, -1, List.of(text("a"))), sequence.last()));

    assertThat(Execution.run(sequence).failedAt()).isEqualTo(-1);
    Execution failed = Execution.run(broken);
    assertThat(failed.failedAt()).isZero();
    assertThat(failed.thrown()).isInstanceOf(NullPointerException.class);
    assertThat(failed.failedEarly(2)).isTrue();
  }
}
