package dev.garlic.testgen.explore;

import dev.garlic.testgen.api.Contract;
import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.TestCase;
import dev.garlic.testgen.vectors.Literals;
import dev.garlic.testgen.vectors.SourceNames;
import dev.garlic.testgen.vectors.Vector;
import dev.garlic.testgen.vectors.Vectors;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Feedback-directed exploration (in the style of Randoop) of one class, in the child JVM: picks an
 * operation (the least tried first, at random among equals), builds a sequence for it by extending
 * a kept sequence that produces a receiver or argument, or from vectors; runs it; prunes it if an
 * earlier statement throws; keeps it for extension when it reached new probes or a new object
 * state; and emits a test when it reached new probes or first checked a contract. Single-threaded.
 */
final class SequenceExplorer {

  static final int MAX_LENGTH = 6;
  static final int MAX_POOL = 2_000;

  private final ExplorePlan plan;
  private final ResultsLog log;
  private final Watchdog watchdog;
  private final CoverageProbe probe;
  private final Random random;
  private final Vectors vectors;
  private final Map<Type, List<Vector>> vectorCache = new HashMap<>();
  private final List<Operation> operations = new ArrayList<>();
  private final List<Operation> creators = new ArrayList<>();
  private final Map<String, Integer> tries = new HashMap<>();
  private final List<Sequence> pool = new ArrayList<>();
  private final Set<String> states = new HashSet<>();
  private final List<@Nullable Predicate<@Nullable Object[]>> conditions = new ArrayList<>();
  private final Set<Integer> contractsHeld = new HashSet<>();
  private final Set<Integer> contractsBroken = new HashSet<>();
  private final TestCaseBuilder builder;
  private int nextId;
  private int executed;

  SequenceExplorer(
      ExplorePlan plan, Class<?> target, ResultsLog log, Watchdog watchdog, CoverageProbe probe) {
    this.plan = plan;
    this.log = log;
    this.watchdog = watchdog;
    this.probe = probe;
    this.random = new Random(plan.seed());
    this.vectors = new Vectors(plan.numbers(), plan.strings(), plan.implementations());
    this.builder = new TestCaseBuilder(plan.targetClass(), plan.methods());
    this.nextId = plan.firstId();
    for (Contract c : plan.contracts()) {
      conditions.add(ContractCondition.parse(c.condition(), c.parameterNames()));
    }
    discover(target);
  }

  private void discover(Class<?> target) {
    List<Class<?>> concrete = new ArrayList<>();
    if (!target.isInterface() && !Modifier.isAbstract(target.getModifiers())) {
      concrete.add(target);
    }
    for (String name : plan.implementations().getOrDefault(target.getName(), List.of())) {
      try {
        concrete.add(Class.forName(name, false, target.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        // Not loadable: not a way to build receivers.
      }
    }
    for (Class<?> c : concrete) {
      Arrays.stream(c.getConstructors())
          .filter(k -> !k.isSynthetic())
          .forEach(k -> addOperation(k, c == target));
    }
    Arrays.stream(target.getMethods())
        .filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic() && !m.isBridge())
        .filter(m -> !(m.getName().equals("main") && Modifier.isStatic(m.getModifiers())))
        .sorted(Comparator.comparing(Method::toGenericString))
        .forEach(m -> addOperation(m, true));
  }

  private void addOperation(Executable executable, boolean underTest) {
    Operation op = Operation.of(executable);
    if (plan.banned().contains(op.key())) {
      return;
    }
    Class<?> produced = op.produces();
    Class<?> target = executable.getDeclaringClass();
    if (op.isConstructor()
        || (produced != null && !op.needsReceiver() && target.isAssignableFrom(produced))) {
      creators.add(op);
    }
    if (underTest || op.isConstructor()) {
      operations.add(op);
    }
  }

  int nextId() {
    return nextId;
  }

  int executed() {
    return executed;
  }

  /** Explores until {@code deadlineNanos} ({@link System#nanoTime()}); returns sequences run. */
  int run(long deadlineNanos) throws IOException {
    if (operations.isEmpty()) {
      return 0;
    }
    probe.reset();
    while (System.nanoTime() < deadlineNanos) {
      Operation op = pick();
      tries.merge(op.key(), 1, Integer::sum);
      Sequence sequence = extend(op);
      if (sequence != null) {
        execute(sequence);
      }
    }
    return executed;
  }

  private Operation pick() {
    int least = operations.stream().mapToInt(o -> tries.getOrDefault(o.key(), 0)).min().orElse(0);
    List<Operation> fresh =
        operations.stream().filter(o -> tries.getOrDefault(o.key(), 0) <= least + 2).toList();
    return random.nextInt(4) == 0
        ? operations.get(random.nextInt(operations.size()))
        : fresh.get(random.nextInt(fresh.size()));
  }

  private @Nullable Sequence extend(Operation op) {
    Sequence base = Sequence.EMPTY;
    int receiver = -1;
    if (op.needsReceiver()) {
      Class<?> owner = op.executable().getDeclaringClass();
      List<Sequence> candidates = pool.stream().filter(s -> !s.producing(owner).isEmpty()).toList();
      if (!candidates.isEmpty() && random.nextInt(5) > 0) {
        base = candidates.get(random.nextInt(candidates.size()));
        List<Integer> producers = base.producing(owner);
        receiver = producers.get(random.nextInt(producers.size()));
      } else {
        List<Operation> makers =
            creators.stream().filter(c -> owner.isAssignableFrom(c.produces())).toList();
        if (makers.isEmpty()) {
          return null;
        }
        Operation maker = makers.get(random.nextInt(makers.size()));
        Sequence.Statement made = statement(maker, Sequence.EMPTY, -1);
        if (made == null) {
          return null;
        }
        base = Sequence.EMPTY.then(made);
        receiver = 0;
      }
    } else if (!pool.isEmpty() && random.nextInt(3) == 0) {
      base = pool.get(random.nextInt(pool.size()));
    }
    if (base.size() >= MAX_LENGTH) {
      return null;
    }
    Sequence.Statement statement = statement(op, base, receiver);
    return statement == null ? null : base.then(statement);
  }

  private Sequence.@Nullable Statement statement(Operation op, Sequence base, int receiver) {
    List<Sequence.Arg> args = new ArrayList<>();
    for (Type type : op.executable().getGenericParameterTypes()) {
      Class<?> raw = SourceNames.erase(type);
      List<Integer> refs = Literals.isLiteralType(raw) ? List.of() : base.producing(raw);
      List<Vector> options = vectorCache.computeIfAbsent(type, vectors::forType);
      if (!refs.isEmpty() && (options.isEmpty() || random.nextInt(5) < 3)) {
        args.add(new Sequence.Arg.Ref(refs.get(random.nextInt(refs.size()))));
      } else if (!options.isEmpty()) {
        args.add(new Sequence.Arg.Fixed(options.get(random.nextInt(options.size()))));
      } else {
        return null;
      }
    }
    return new Sequence.Statement(op, receiver, args);
  }

  private void execute(Sequence sequence) throws IOException {
    int id = nextId++;
    executed++;
    Operation op = sequence.last().operation();
    log.write(SequenceRecord.start(id, op.key()));
    watchdog.begin(
        id, op.key(), () -> builder.build(sequence, new Outcome.Returns(List.of()), "sequence"));
    Execution run = Execution.run(sequence);
    Outcome outcome = run.failedEarly(sequence.size()) ? null : outcome(sequence, run);
    watchdog.end();
    boolean fresh = probe.newCoverage();
    if (outcome == null) {
      return;
    }
    if (outcome instanceof Outcome.Returns
        && states.add(op.key() + outcome)
        && pool.size() < MAX_POOL) {
      pool.add(sequence);
    } else if (fresh && outcome instanceof Outcome.Returns && pool.size() < MAX_POOL) {
      pool.add(sequence);
    }
    Object[] args = run.arguments()[sequence.size() - 1];
    boolean contract = false;
    for (int i = 0; i < plan.contracts().size() && args != null; i++) {
      Contract c = plan.contracts().get(i);
      Predicate<@Nullable Object[]> condition = conditions.get(i);
      if (condition == null
          || !c.method().equals(op.name())
          || c.parameterNames().size() != op.executable().getParameterCount()
          || !safeTest(condition, args)) {
        continue;
      }
      boolean threw =
          run.thrown() != null
              && run.failedAt() == sequence.size() - 1
              && ContractCondition.matches(run.thrown(), c.exception());
      boolean held = c.forbids() != threw;
      if (held ? contractsHeld.add(i) : contractsBroken.add(i)) {
        emit(
            id,
            sequence,
            outcome,
            held ? "test" : "bug",
            "contract",
            c.text(),
            held ? null : observed(sequence, run));
        contract = true;
      }
    }
    if (fresh && !contract) {
      emit(id, sequence, outcome, "test", "sequence", null, null);
    }
  }

  private static boolean safeTest(
      Predicate<@Nullable Object[]> condition, @Nullable Object[] args) {
    try {
      return condition.test(args);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void emit(
      int id,
      Sequence found,
      Outcome foundOutcome,
      String kind,
      String origin,
      @Nullable String contract,
      @Nullable String observed) {
    Sequence sequence = found;
    Outcome outcome = foundOutcome;
    Sequence small = found.minimal();
    if (small.size() < found.size()) {
      Outcome smallOutcome = rerun(id, small);
      if (smallOutcome != null && sameBehaviour(smallOutcome, foundOutcome)) {
        sequence = small;
        outcome = smallOutcome;
      }
    }
    // Calls kept only because they might change a receiver's state: drop each that does not.
    for (int i = sequence.size() - 2; i >= 0; i--) {
      Sequence shorter = sequence.without(i);
      if (shorter == null) {
        continue;
      }
      Outcome shorterOutcome = rerun(id, shorter);
      if (shorterOutcome != null && sameBehaviour(shorterOutcome, outcome)) {
        sequence = shorter;
        outcome = shorterOutcome;
      }
    }
    Outcome second = rerun(id, sequence);
    TestCase test = builder.build(sequence, outcome, origin);
    log.write(
        new SequenceRecord(
            kind,
            id,
            sequence.last().operation().key(),
            test,
            origin,
            !outcome.equals(second),
            contract,
            observed,
            0));
  }

  /** Runs a sequence again under the watchdog and forgets its coverage. */
  private @Nullable Outcome rerun(int id, Sequence sequence) {
    watchdog.begin(
        id,
        sequence.last().operation().key(),
        () -> builder.build(sequence, new Outcome.Returns(List.of()), "sequence"));
    Execution again = Execution.run(sequence);
    Outcome outcome = again.failedEarly(sequence.size()) ? null : outcome(sequence, again);
    watchdog.end();
    probe.reset();
    return outcome;
  }

  /**
   * Same outcome up to variable names, which shortening a sequence may renumber ({@code money2}
   * becomes {@code money}): the same exception, or the same checks with the same expected values.
   */
  private static boolean sameBehaviour(Outcome a, Outcome b) {
    return a.equals(b) || fingerprint(a).equals(fingerprint(b));
  }

  private static List<String> fingerprint(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Throws t -> List.of(t.exception(), String.valueOf(t.message()));
      case Outcome.Returns r ->
          r.assertions().stream()
              .map(
                  a ->
                      a.getClass().getSimpleName()
                          + " "
                          + a.actual().substring(a.actual().indexOf('.') + 1)
                          + " "
                          + switch (a) {
                            case Assertion.Equals e -> e.expected().code();
                            case Assertion.ArrayEquals e -> e.expected().code();
                            case Assertion.IsBoolean e -> e.expected();
                            default -> "";
                          })
              .toList();
    };
  }

  private Outcome outcome(Sequence sequence, Execution run) {
    int last = sequence.size() - 1;
    if (run.failedAt() == last && run.thrown() != null) {
      return Oracles.thrown(run.thrown());
    }
    Sequence.Statement act = sequence.last();
    Operation op = act.operation();
    @Nullable String[] vars = TestCaseBuilder.variables(sequence);
    Object value = run.values()[last];
    Class<?> produced = op.produces();
    if (op.isConstructor() && value != null) {
      return new Outcome.Returns(
          Oracles.object(value, op.executable().getDeclaringClass(), "result"));
    }
    Object receiver = act.receiver() < 0 ? null : run.values()[act.receiver()];
    String receiverVar = act.receiver() < 0 ? null : vars[act.receiver()];
    if (produced == null) {
      Class<?> receiverType =
          act.receiver() < 0
              ? null
              : sequence.statements().get(act.receiver()).operation().produces();
      return new Outcome.Returns(
          receiver == null || receiverType == null || receiverVar == null
              ? List.of()
              : Oracles.object(receiver, receiverType, receiverVar));
    }
    return new Outcome.Returns(Oracles.value(value, produced, "result", receiver, receiverVar));
  }

  private String observed(Sequence sequence, Execution run) {
    Sequence.Statement act = sequence.last();
    List<String> names = builder.parameterNames(act.operation());
    List<String> parts = new ArrayList<>();
    for (int a = 0; a < act.args().size(); a++) {
      String name = names.isEmpty() ? "argument " + (a + 1) : names.get(a);
      String code =
          act.args().get(a) instanceof Sequence.Arg.Fixed f
              ? f.vector().source().code()
              : "an earlier result";
      parts.add(name + " = " + (code.length() > 40 ? code.substring(0, 40) + "..." : code));
    }
    String what =
        run.thrown() == null ? "returned normally" : "threw " + run.thrown().getClass().getName();
    return what + (parts.isEmpty() ? "" : " for " + String.join(", ", parts));
  }
}
