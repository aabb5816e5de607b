package dev.garlic.testgen.explore;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What running a sequence did.
 *
 * @param values each statement's result (null for void, failed or not reached)
 * @param arguments each statement's evaluated arguments
 * @param failedAt the statement that threw, -1 when all returned
 * @param thrown what it threw
 * @param inArguments whether it was building an argument (not the call) that threw
 */
record Execution(
    @Nullable Object[] values,
    @Nullable Object[][] arguments,
    int failedAt,
    @Nullable Throwable thrown,
    boolean inArguments) {

  /** Runs every statement of {@code sequence} from scratch and stops at the first throw. */
  static Execution run(Sequence sequence) {
    List<Sequence.Statement> statements = sequence.statements();
    Object[] values = new Object[statements.size()];
    Object[][] arguments = new Object[statements.size()][];
    for (int i = 0; i < statements.size(); i++) {
      Sequence.Statement s = statements.get(i);
      Object[] args = new Object[s.args().size()];
      try {
        for (int a = 0; a < args.length; a++) {
          args[a] =
              switch (s.args().get(a)) {
                case Sequence.Arg.Fixed f -> f.vector().maker().make();
                case Sequence.Arg.Ref r -> values[r.step()];
              };
        }
      } catch (Throwable t) {
        return new Execution(values, arguments, i, t, true);
      }
      arguments[i] = args;
      try {
        Object receiver = s.receiver() < 0 ? null : values[s.receiver()];
        if (s.operation().needsReceiver() && receiver == null) {
          throw new NullPointerException("receiver is null");
        }
        values[i] = s.operation().invoke(receiver, args);
      } catch (Throwable t) {
        return new Execution(values, arguments, i, t, false);
      }
    }
    return new Execution(values, arguments, -1, null, false);
  }

  /** Whether a statement before the last one threw (the sequence is pruned). */
  boolean failedEarly(int size) {
    return failedAt >= 0 && (failedAt < size - 1 || inArguments);
  }
}
