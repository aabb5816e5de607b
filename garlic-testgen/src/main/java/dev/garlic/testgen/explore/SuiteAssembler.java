package dev.garlic.testgen.explore;

import dev.garlic.testgen.model.Call;
import dev.garlic.testgen.model.DropReason;
import dev.garlic.testgen.model.Dropped;
import dev.garlic.testgen.model.GeneratedSuite;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Step;
import dev.garlic.testgen.model.SuspectedBug;
import dev.garlic.testgen.model.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the child's records into a suite: tests found by coverage first, then contract tests;
 * contradicted contracts as suspected bugs; and drops for outcomes that changed between two runs or
 * that depend on the clock, randomness or the environment. Identical tests (a restarted child finds
 * some again) are kept once.
 */
final class SuiteAssembler {

  private final EnvironmentScan scan;

  SuiteAssembler(EnvironmentScan scan) {
    this.scan = scan;
  }

  GeneratedSuite assemble(
      String targetClass, List<SequenceRecord> records, List<Dropped> contained, int explored) {
    Set<TestCase> sequence = new LinkedHashSet<>();
    Set<TestCase> contract = new LinkedHashSet<>();
    List<SuspectedBug> bugs = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>(contained);
    Set<TestCase> seen = new LinkedHashSet<>();
    for (SequenceRecord r : records) {
      TestCase test = r.test();
      if (test == null || !(r.kind().equals("test") || r.kind().equals("bug")) || !seen.add(test)) {
        continue;
      }
      if (r.nondeterministic()) {
        dropped.add(
            new Dropped(
                test,
                DropReason.NONDETERMINISTIC,
                "two runs of the same calls gave different outcomes"));
        continue;
      }
      Optional<EnvironmentScan.Touch> touch = touches(test);
      if (touch.isPresent() && test.outcome() instanceof Outcome.Returns) {
        dropped.add(new Dropped(test, touch.get().reason(), "calls " + touch.get().api()));
        continue;
      }
      if (r.kind().equals("bug")) {
        bugs.add(new SuspectedBug(targetClass, r.method(), r.contract(), r.observed(), test));
      } else if ("contract".equals(r.origin())) {
        contract.add(test);
      } else {
        sequence.add(test);
      }
    }
    List<TestCase> tests = new ArrayList<>(sequence);
    tests.addAll(contract);
    return new GeneratedSuite(targetClass, tests, bugs, dropped, explored);
  }

  private Optional<EnvironmentScan.Touch> touches(TestCase test) {
    List<Step> steps = new ArrayList<>(test.arrange());
    steps.add(test.act());
    for (Step step : steps) {
      Call call = step.call();
      Optional<EnvironmentScan.Touch> touch =
          scan.touches(
              call.owner(), call.name() + "(" + String.join(",", call.parameterTypes()) + ")");
      if (touch.isPresent()) {
        return touch;
      }
    }
    return Optional.empty();
  }
}
