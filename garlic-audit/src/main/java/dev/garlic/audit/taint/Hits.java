package dev.garlic.audit.taint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sink hits a method passes up in its {@link Summary}, one per rule, sink, symbolic origin,
 * sanitisation and guard. Without this, every call site and every loop round re-added its callees'
 * hits, and the hits of a method near the top of a call chain grew exponentially with the chain's
 * length (4.5 million in one method of Tomcat). Of two hits with the same identity the one with the
 * shorter trace is kept.
 */
final class Hits {

  private final Map<String, Summary.Hit> byKey = new LinkedHashMap<>();

  void add(Summary.Hit hit) {
    String key =
        hit.rule()
            + '|'
            + hit.sink().location()
            + '|'
            + hit.flow().key()
            + '|'
            + hit.guardParam()
            + '|'
            + hit.guardType();
    Summary.Hit old = byKey.get(key);
    if (old == null || hit.flow().steps().size() < old.flow().steps().size()) {
      byKey.put(key, hit);
    }
  }

  List<Summary.Hit> toList() {
    return new ArrayList<>(byKey.values());
  }

  int size() {
    return byKey.size();
  }
}
