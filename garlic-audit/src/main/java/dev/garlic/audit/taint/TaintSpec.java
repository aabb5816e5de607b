package dev.garlic.audit.taint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the taint analysis knows about library code: where untrusted data comes from (sources and
 * parameter annotations), which arguments of which calls are dangerous for which rule (sinks), what
 * makes a value safe (sanitizers) and how values flow through library methods (propagators). Read
 * from YAML by {@link TaintSpecLoader}; immutable.
 */
public final class TaintSpec {

  /** A call whose result is untrusted; {@code label} describes it in traces. */
  record Source(MethodPattern call, String label) {}

  /**
   * A call whose arguments at {@code args} must not carry taint for {@code rule}; with {@code
   * receiver}, the object it is called on must not either (and only the listed arguments are
   * checked), else an empty {@code args} checks every argument. With {@code builds}, the call only
   * builds a path (a {@code File}, {@code Paths.get}): when the code canonicalises what it built
   * before using it, the uses are judged instead (after the containment check that usually
   * follows), not the building.
   */
  record Sink(
      String rule, MethodPattern call, List<Integer> args, boolean receiver, boolean builds) {
    Sink {
      args = List.copyOf(args);
    }

    boolean checks(int index) {
      return args.isEmpty() ? !receiver : args.contains(index);
    }
  }

  /**
   * A call whose result is clean for {@code rules} (empty = every rule); with {@code receiver}, the
   * call makes the object it is called on safe instead (an {@code ObjectInputFilter} set on a
   * stream).
   */
  record Sanitizer(MethodPattern call, Set<String> rules, boolean receiver) {
    Sanitizer {
      rules = Set.copyOf(rules);
    }
  }

  /**
   * How a library call moves taint: from the receiver, arguments ({@code arg0}...), all arguments
   * ({@code args}) or lambda results ({@code lambda}) to the receiver and/or the return value; an
   * empty {@code from} makes the result clean. {@code returns} names the simple type of the result,
   * for calls on it, when it is not the declared type.
   */
  record Propagator(MethodPattern call, List<String> from, List<String> to, String returns) {
    Propagator {
      from = List.copyOf(from);
      to = List.copyOf(to);
    }
  }

  private final List<Source> sources;
  private final List<Sink> sinks;
  private final List<Sanitizer> sanitizers;
  private final List<Propagator> propagators;
  private final Set<String> sourceAnnotations;
  private final Map<String, List<Source>> sourcesByName;
  private final Map<String, List<Sink>> sinksByName;
  private final Map<String, List<Sanitizer>> sanitizersByName;
  private final Map<String, List<Propagator>> propagatorsByName;

  TaintSpec(
      List<Source> sources,
      List<Sink> sinks,
      List<Sanitizer> sanitizers,
      List<Propagator> propagators,
      Set<String> sourceAnnotations) {
    this.sources = List.copyOf(sources);
    this.sinks = List.copyOf(sinks);
    this.sanitizers = List.copyOf(sanitizers);
    this.propagators = List.copyOf(propagators);
    this.sourceAnnotations = Set.copyOf(sourceAnnotations);
    this.sourcesByName = byName(this.sources, s -> s.call().method());
    this.sinksByName = byName(this.sinks, s -> s.call().method());
    this.sanitizersByName = byName(this.sanitizers, s -> s.call().method());
    this.propagatorsByName = byName(this.propagators, p -> p.call().method());
  }

  private static <T> Map<String, List<T>> byName(List<T> items, Function<T, String> name) {
    Map<String, List<T>> map = new HashMap<>();
    for (T item : items) {
      map.computeIfAbsent(name.apply(item), k -> new ArrayList<>()).add(item);
    }
    return map;
  }

  /** This spec with {@code other}'s entries added (a project file extends the shipped one). */
  TaintSpec merge(TaintSpec other) {
    return new TaintSpec(
        concat(sources, other.sources),
        concat(sinks, other.sinks),
        concat(sanitizers, other.sanitizers),
        concat(propagators, other.propagators),
        union(sourceAnnotations, other.sourceAnnotations));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Simple names of parameter annotations that make a parameter a source. */
  Set<String> sourceAnnotations() {
    return sourceAnnotations;
  }

  Source source(String type, String name, int argc) {
    return first(sourcesByName, type, name, argc, Source::call);
  }

  List<Sink> sinks(String type, String name, int argc) {
    return all(sinksByName, type, name, argc, Sink::call);
  }

  Sanitizer sanitizer(String type, String name, int argc) {
    return first(sanitizersByName, type, name, argc, Sanitizer::call);
  }

  Propagator propagator(String type, String name, int argc) {
    return first(propagatorsByName, type, name, argc, Propagator::call);
  }

  /** Counts of entries, for reports and tests. */
  Map<String, Integer> sizes() {
    return Map.of(
        "sources", sources.size(),
        "sinks", sinks.size(),
        "sanitizers", sanitizers.size(),
        "propagators", propagators.size(),
        "annotations", sourceAnnotations.size());
  }

  /**
   * The first entry that matches, preferring entries that name the receiver's class over entries
   * for any class, so that a specific propagator wins over a generic one.
   */
  private static <T> T first(
      Map<String, List<T>> index,
      String type,
      String name,
      int argc,
      Function<T, MethodPattern> call) {
    T generic = null;
    for (T item : index.getOrDefault(name, List.of())) {
      MethodPattern p = call.apply(item);
      if (p.matches(type, name, argc)) {
        if (p.typed()) {
          return item;
        }
        if (generic == null) {
          generic = item;
        }
      }
    }
    return generic;
  }

  private static <T> List<T> all(
      Map<String, List<T>> index,
      String type,
      String name,
      int argc,
      Function<T, MethodPattern> call) {
    List<T> out = new ArrayList<>();
    for (T item : index.getOrDefault(name, List.of())) {
      if (call.apply(item).matches(type, name, argc)) {
        out.add(item);
      }
    }
    return out;
  }
}
