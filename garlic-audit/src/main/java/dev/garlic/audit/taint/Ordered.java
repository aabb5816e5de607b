package dev.garlic.audit.taint;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Immutable copies that iterate in sorted order. The analysis keeps at most {@link Taint#MAX_FLOWS}
 * flows per value, so the order in which parts and effects are visited decides which flows are
 * kept; {@code Map.copyOf} and {@code Set.copyOf} iterate in an order that changes from one JVM to
 * the next, which made the findings of a large project differ between two runs.
 */
final class Ordered {

  private Ordered() {}

  static <V> Map<String, V> map(Map<String, V> m) {
    return m.isEmpty() ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }

  static Set<String> set(Set<String> s) {
    return s.isEmpty() ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(s));
  }
}
