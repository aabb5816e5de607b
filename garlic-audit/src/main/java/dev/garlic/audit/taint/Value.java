package dev.garlic.audit.taint;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What evaluating an expression yields: the taint of the value itself, the taint of its parts by
 * relative access path ({@code .name}, {@code [0]}, <code>{key}</code>), its compile-time constant
 * when it folds to one, and its simple type when known.
 */
record Value(
    Taint self, Map<String, Taint> parts, @Nullable Object constant, @Nullable String type) {

  static final Value CLEAN = new Value(Taint.CLEAN, Map.of(), null, null);

  Value {
    parts = Ordered.map(parts);
  }

  static Value of(Taint taint) {
    return taint.isClean() ? CLEAN : new Value(taint, Map.of(), null, null);
  }

  static Value constant(Object constant) {
    return new Value(Taint.CLEAN, Map.of(), constant, constantType(constant));
  }

  private static @Nullable String constantType(Object c) {
    return c instanceof String ? "String" : null;
  }

  Value withType(@Nullable String t) {
    return t == null ? this : new Value(self, parts, constant, t);
  }

  Value withSelf(Taint t) {
    return new Value(t, parts, constant, type);
  }

  /** The value and all its parts as one taint: what a library method sees. */
  Taint all() {
    Taint t = self;
    for (Taint p : parts.values()) {
      t = t.join(p);
    }
    return t;
  }

  boolean isClean() {
    return all().isClean();
  }

  Value join(Value other) {
    Map<String, Taint> p = new HashMap<>(parts);
    other.parts.forEach((k, v) -> p.merge(k, v, Taint::join));
    Object c = constant != null && constant.equals(other.constant) ? constant : null;
    String t = java.util.Objects.equals(type, other.type) ? type : null;
    return new Value(self.join(other.self), p, c, t);
  }
}
