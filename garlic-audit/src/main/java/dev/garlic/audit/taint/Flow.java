package dev.garlic.audit.taint;

import dev.garlic.protocol.finding.TraceStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One way untrusted data reaches a value: where it came from and what happened to it since.
 *
 * @param origin a concrete source (its trace step) or, inside a method summary, a symbolic origin:
 *     a parameter or receiver access path such as {@code p0}, {@code p1.name} or {@code this.f},
 *     which call sites replace by the actual argument's taint
 * @param symbol the symbolic origin, or null for a concrete source
 * @param steps what happened to the value after its origin, in order
 * @param cleansed the rules for which the value has been sanitised ({@link #CANONICAL} marks a path
 *     that was canonicalised and may be made safe by a containment check)
 */
record Flow(
    @Nullable TraceStep origin,
    @Nullable String symbol,
    List<TraceStep> steps,
    Set<String> cleansed) {

  /** Marker in {@link #cleansed} for a canonicalised path. */
  static final String CANONICAL = "~canonical";

  /** Traces keep at most this many intermediate steps (the latest ones). */
  private static final int MAX_STEPS = 24;

  Flow {
    steps = List.copyOf(steps);
    cleansed = Ordered.set(cleansed);
  }

  static Flow source(TraceStep origin) {
    return new Flow(origin, null, List.of(), Set.of());
  }

  /**
   * A symbolic origin, cut to {@link State#MAX_DEPTH} parts like every access path: unbounded,
   * origins grew along chains of fields ({@code this.endpoint.processorCache.stack.handler...}) and
   * the hits of one Tomcat method reached 180,000.
   */
  static Flow symbolic(String symbol) {
    return new Flow(null, State.bound(symbol), List.of(), Set.of());
  }

  boolean isSymbolic() {
    return symbol != null;
  }

  /** Whether the value is still dangerous for {@code rule}. */
  boolean liveFor(String rule) {
    return !cleansed.contains(rule);
  }

  /** Identity for joins and fixpoints: the origin and the sanitisation, not the path taken. */
  String key() {
    String o = symbol != null ? "$" + symbol : origin.location().toString() + origin.description();
    return cleansed.isEmpty() ? o : o + cleansed;
  }

  Flow step(TraceStep step) {
    if (!steps.isEmpty() && steps.getLast().location().equals(step.location())) {
      return this;
    }
    List<TraceStep> next = new ArrayList<>(steps.size() + 1);
    next.addAll(steps.size() >= MAX_STEPS ? steps.subList(1, steps.size()) : steps);
    next.add(step);
    return new Flow(origin, symbol, next, cleansed);
  }

  /** This symbolic flow with {@code other}'s steps and sanitisation. */
  Flow withSteps(Flow other) {
    return new Flow(origin, symbol, other.steps, other.cleansed);
  }

  Flow cleanse(Set<String> rules) {
    Set<String> c = new HashSet<>(cleansed);
    c.addAll(rules);
    return new Flow(origin, symbol, steps, c);
  }

  /**
   * This symbolic flow with its origin replaced by {@code actual}: the actual's origin and steps,
   * then a step at the call, then this flow's steps; sanitisation from both.
   */
  Flow instantiate(Flow actual, @Nullable TraceStep callStep) {
    List<TraceStep> all = new ArrayList<>(actual.steps);
    if (callStep != null) {
      all.add(callStep);
    }
    all.addAll(steps);
    if (all.size() > MAX_STEPS) {
      all = all.subList(all.size() - MAX_STEPS, all.size());
    }
    Set<String> c = new HashSet<>(actual.cleansed);
    c.addAll(cleansed);
    return new Flow(actual.origin, actual.symbol, all, c);
  }
}
