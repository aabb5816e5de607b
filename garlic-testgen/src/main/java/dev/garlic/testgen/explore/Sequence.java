package dev.garlic.testgen.explore;

import dev.garlic.testgen.vectors.Vector;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /**
   * The statements the last one depends on: those producing its receiver and arguments, and calls
   * on a receiver that is kept (they may change its state), transitively; the rest (results nobody
   * uses) are left out and references renumbered.
   */
  Sequence minimal() {
    int n = statements.size();
    boolean[] needed = new boolean[n];
    needed[n - 1] = true;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = n - 1; i >= 0; i--) {
        Statement s = statements.get(i);
        if (!needed[i] && s.receiver() >= 0 && needed[s.receiver()]) {
          needed[i] = changed = true;
        }
        if (needed[i]) {
          changed |= mark(needed, s.receiver());
          for (Arg arg : s.args()) {
            if (arg instanceof Arg.Ref r) {
              changed |= mark(needed, r.step());
            }
          }
        }
      }
    }
    int[] index = new int[n];
    List<Statement> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!needed[i]) {
        continue;
      }
      Statement s = statements.get(i);
      List<Arg> args = new ArrayList<>();
      for (Arg arg : s.args()) {
        args.add(arg instanceof Arg.Ref r ? new Arg.Ref(index[r.step()]) : arg);
      }
      index[i] = kept.size();
      kept.add(new Statement(s.operation(), s.receiver() < 0 ? -1 : index[s.receiver()], args));
    }
    return new Sequence(kept);
  }

  /**
   * This sequence without statement {@code i}, or null when a later statement uses its result (or
   * {@code i} is the last).
   */
  @Nullable Sequence without(int i) {
    if (i >= statements.size() - 1) {
      return null;
    }
    List<Statement> kept = new ArrayList<>();
    for (int j = 0; j < statements.size(); j++) {
      if (j == i) {
        continue;
      }
      Statement s = statements.get(j);
      if (s.receiver() == i) {
        return null;
      }
      List<Arg> args = new ArrayList<>();
      for (Arg arg : s.args()) {
        if (arg instanceof Arg.Ref r && r.step() == i) {
          return null;
        }
        args.add(arg instanceof Arg.Ref r && r.step() > i ? new Arg.Ref(r.step() - 1) : arg);
      }
      kept.add(
          new Statement(s.operation(), s.receiver() > i ? s.receiver() - 1 : s.receiver(), args));
    }
    return new Sequence(kept);
  }

  private static boolean mark(boolean[] needed, int i) {
    if (i < 0 || needed[i]) {
      return false;
    }
    needed[i] = true;
    return true;
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
