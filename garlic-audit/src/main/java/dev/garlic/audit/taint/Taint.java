package dev.garlic.audit.taint;

import dev.garlic.protocol.finding.TraceStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The taint of one value: the set of {@link Flow}s that reach it (empty = clean). Immutable; joins
 * keep at most {@link #MAX_FLOWS} distinct flows so that the analysis stays linear.
 */
record Taint(List<Flow> flows) {

  static final int MAX_FLOWS = 8;
  static final Taint CLEAN = new Taint(List.of());

  Taint {
    flows = List.copyOf(flows);
  }

  static Taint of(Flow flow) {
    return new Taint(List.of(flow));
  }

  boolean isClean() {
    return flows.isEmpty();
  }

  /** Whether some flow is dangerous for {@code rule}. */
  boolean liveFor(String rule) {
    return flows.stream().anyMatch(f -> f.liveFor(rule));
  }

  List<Flow> liveFlows(String rule) {
    return flows.stream().filter(f -> f.liveFor(rule)).toList();
  }

  Taint join(Taint other) {
    if (other.isClean() || other == this) {
      return this;
    }
    if (isClean()) {
      return other;
    }
    Map<String, Flow> byKey = new LinkedHashMap<>();
    for (Flow f : flows) {
      byKey.putIfAbsent(f.key(), f);
    }
    for (Flow f : other.flows) {
      if (byKey.size() >= MAX_FLOWS) {
        break;
      }
      byKey.putIfAbsent(f.key(), f);
    }
    return byKey.size() == flows.size() ? this : new Taint(new ArrayList<>(byKey.values()));
  }

  /** Same flows (by origin and sanitisation), ignoring the steps taken: the fixpoint test. */
  boolean sameAs(Taint other) {
    return keys().equals(other.keys());
  }

  private Set<String> keys() {
    return Set.copyOf(flows.stream().map(Flow::key).toList());
  }

  Taint map(UnaryOperator<Flow> f) {
    return isClean() ? this : new Taint(flows.stream().map(f).toList());
  }

  Taint step(TraceStep step) {
    return map(f -> f.step(step));
  }

  Taint cleanse(Set<String> rules) {
    return map(f -> f.cleanse(rules));
  }
}
