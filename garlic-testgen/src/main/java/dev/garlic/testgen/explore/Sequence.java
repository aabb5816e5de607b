package dev.garlic.testgen.explore;

import dev.garlic.testgen.vectors.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * A call sequence: statements whose receivers and arguments are vectors or results of earlier
 * statements. The last statement is the call under test. Immutable; extending copies.
 */
record Sequence(List<Statement> statements) {

  Sequence {
    statements = List.copyOf(statements);
  }

  /** An argument: a fresh vector, or the result of an earlier statement. */
  sealed interface Arg {
    record Fixed(Vector vector) implements Arg {}

    record Ref(int step) implements Arg {}
  }

  /**
   * One call.
   *
   * @param receiver the statement whose result is the receiver, -1 for none
   */
  record Statement(Operation operation, int receiver, List<Arg> args) {
    Statement {
      args = List.copyOf(args);
    }
  }

  static final Sequence EMPTY = new Sequence(List.of());

  Sequence then(Statement statement) {
    List<Statement> out = new ArrayList<>(statements);
    out.add(statement);
    return new Sequence(out);
  }

  int size() {
    return statements.size();
  }

  Statement last() {
    return statements.getLast();
  }

  /** Indices of statements whose result type can be assigned to {@code type}. */
  List<Integer> producing(Class<?> type) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Class<?> produced = statements.get(i).operation().produces();
      if (produced != null && !produced.isPrimitive() && type.isAssignableFrom(produced)) {
        out.add(i);
      }
    }
    return out;
  }
}
