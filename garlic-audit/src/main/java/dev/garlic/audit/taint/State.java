package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The abstract state at one program point of one method: taint by access path ({@code x}, {@code
 * this.a.b}, {@code list[0]}, <code>map{key}</code>, {@code arr[*]}), constants of local variables,
 * known list sizes, which variables are canonical forms of others, and whether the point is
 * reachable. Mutable; {@link #copy()} before branching.
 */
final class State {

  /** Access paths longer than this many parts are cut to their prefix. */
  static final int MAX_DEPTH = 4;

  final Map<String, Taint> paths;
  final Map<String, Object> constants;
  final Map<String, Integer> sizes;
  final Map<String, String> canonicalOf;
  final Set<String> assigned;
  final Map<String, Node> closures;
  boolean dead;

  State() {
    this(
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        new HashSet<>(),
        new HashMap<>(),
        false);
  }

  private State(
      Map<String, Taint> paths,
      Map<String, Object> constants,
      Map<String, Integer> sizes,
      Map<String, String> canonicalOf,
      Set<String> assigned,
      Map<String, Node> closures,
      boolean dead) {
    this.paths = paths;
    this.constants = constants;
    this.sizes = sizes;
    this.canonicalOf = canonicalOf;
    this.assigned = assigned;
    this.closures = closures;
    this.dead = dead;
  }

  State copy() {
    return new State(
        new HashMap<>(paths),
        new HashMap<>(constants),
        new HashMap<>(sizes),
        new HashMap<>(canonicalOf),
        new HashSet<>(assigned),
        new HashMap<>(closures),
        dead);
  }

  static State deadState() {
    State s = new State();
    s.dead = true;
    return s;
  }

  /** The join of two states: a dead state contributes nothing. */
  static State join(State a, State b) {
    if (a.dead) {
      return b.copy();
    }
    if (b.dead) {
      return a.copy();
    }
    State j = a.copy();
    b.paths.forEach((k, v) -> j.paths.merge(k, v, Taint::join));
    // A path missing on one side keeps the other side's taint (a missing path is clean or symbolic,
    // and symbolic defaults are recomputed on read).
    j.constants.keySet().removeIf(k -> !Objects.equals(a.constants.get(k), b.constants.get(k)));
    j.sizes.keySet().removeIf(k -> !Objects.equals(a.sizes.get(k), b.sizes.get(k)));
    j.canonicalOf
        .keySet()
        .removeIf(k -> !Objects.equals(a.canonicalOf.get(k), b.canonicalOf.get(k)));
    j.assigned.addAll(b.assigned);
    j.closures.keySet().removeIf(k -> a.closures.get(k) != b.closures.get(k));
    return j;
  }

  /** Same taint on every path (the loop fixpoint test). */
  boolean sameAs(State o) {
    if (dead != o.dead || !paths.keySet().equals(o.paths.keySet())) {
      return false;
    }
    for (Map.Entry<String, Taint> e : paths.entrySet()) {
      if (!e.getValue().sameAs(o.paths.get(e.getKey()))) {
        return false;
      }
    }
    return constants.equals(o.constants) && sizes.equals(o.sizes);
  }

  @Nullable Taint get(String path) {
    return paths.get(path);
  }

  /** Removes {@code root} and every path under it. */
  void clear(String root) {
    paths.keySet().removeIf(k -> under(k, root));
    sizes.keySet().removeIf(k -> under(k, root));
    constants.remove(root);
    canonicalOf.remove(root);
    closures.remove(root);
  }

  /** The taints of the paths strictly under {@code root}, by suffix ({@code .a}, {@code [0]}). */
  Map<String, Taint> partsOf(String root) {
    Map<String, Taint> parts = new HashMap<>();
    for (Map.Entry<String, Taint> e : paths.entrySet()) {
      String k = e.getKey();
      if (k.length() > root.length() && under(k, root)) {
        parts.put(k.substring(root.length()), e.getValue());
      }
    }
    return parts;
  }

  static boolean under(String path, String root) {
    if (!path.startsWith(root)) {
      return false;
    }
    if (path.length() == root.length()) {
      return true;
    }
    char c = path.charAt(root.length());
    return c == '.' || c == '[' || c == '{';
  }

  /** Cuts {@code path} to at most {@link #MAX_DEPTH} parts. */
  static String bound(String path) {
    int parts = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if ((c == '.' || c == '[' || c == '{') && ++parts > MAX_DEPTH) {
        return path.substring(0, i);
      }
      if (c == '{') {
        int close = path.indexOf('}', i);
        i = close < 0 ? path.length() : close;
      }
    }
    return path;
  }
}
