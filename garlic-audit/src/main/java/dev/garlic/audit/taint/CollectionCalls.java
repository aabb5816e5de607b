package dev.garlic.audit.taint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code List} and {@code Map} calls of one method with constant indices and keys: the elements are
 * kept apart by access path ({@code list[0]}, <code>map{key}</code>), {@code add} appends at the
 * known size, {@code remove(i)} shifts the rest, and reads take only what was stored there (plus
 * whatever went in under an unknown index or key).
 */
final class CollectionCalls {

  /** The size of a freshly built list, carried as a value's constant until it is assigned. */
  record ListSize(int size) {}

  private static final Set<String> LISTS =
      Set.of("List", "ArrayList", "LinkedList", "Vector", "Collection", "Deque", "ArrayDeque");
  private static final Set<String> MAPS =
      Set.of(
          "Map",
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "ConcurrentHashMap",
          "Hashtable",
          "SortedMap");

  private final MethodAnalyzer m;

  CollectionCalls(MethodAnalyzer m) {
    this.m = m;
  }

  /**
   * {@code new ArrayList<>()} or {@code new HashMap<>()} (empty, with a known size) and a copy of a
   * map (its entries under their keys); null for any other construction.
   */
  static @Nullable Value created(String type, List<Value> args) {
    if ((LISTS.contains(type) || MAPS.contains(type)) && args.isEmpty()) {
      return new Value(Taint.CLEAN, Map.of(), LISTS.contains(type) ? new ListSize(0) : null, type);
    }
    if (MAPS.contains(type) && args.size() == 1) {
      Value from = args.getFirst();
      return new Value(from.self(), from.parts(), null, type);
    }
    return null;
  }

  /**
   * {@code List.of(a, b)}, {@code Arrays.asList(a, b)}, {@code Collections.singletonList(a)} and
   * {@code Map.of(k1, v1, ...)}: a collection whose elements are known by index or key.
   */
  static @Nullable Value literal(@Nullable String type, String name, List<Value> args) {
    boolean list =
        ("List".equals(type) && name.equals("of"))
            || ("Arrays".equals(type) && name.equals("asList"))
            || ("Collections".equals(type) && name.equals("singletonList"));
    if (list) {
      if (args.size() == 1 && !args.getFirst().parts().isEmpty()) {
        return new Value(Taint.CLEAN, args.getFirst().parts(), null, "List");
      }
      Map<String, Taint> parts = new HashMap<>();
      for (int i = 0; i < args.size(); i++) {
        parts.put("[" + i + "]", args.get(i).all());
      }
      return new Value(Taint.CLEAN, parts, new ListSize(args.size()), "List");
    }
    if ("Map".equals(type) && name.equals("of") && args.size() % 2 == 0) {
      Map<String, Taint> parts = new HashMap<>();
      Taint unknown = Taint.CLEAN;
      for (int i = 0; i < args.size(); i += 2) {
        Object key = args.get(i).constant();
        if (key == null) {
          unknown = unknown.join(args.get(i + 1).all());
        } else {
          parts.put("{" + key + "}", args.get(i + 1).all());
        }
      }
      return new Value(unknown, parts, null, "Map");
    }
    return null;
  }

  /**
   * A call on a list or map: writes with a constant index or key go to that element, reads with one
   * come from it; null when the call is none of these.
   */
  @Nullable Value call(
      String name, @Nullable String type, Value receiver, @Nullable String path, List<Value> args) {
    boolean list =
        type != null ? LISTS.contains(type) : path != null && m.state.sizes.containsKey(path);
    boolean map = type != null && MAPS.contains(type);
    if (path == null) {
      // Without a variable only reads are modelled: a lookup yields the contents, never the key.
      if (list && name.equals("get") && args.size() == 1) {
        return args.getFirst().constant() instanceof Integer i
            ? Value.of(element(receiver, "[" + i + "]", "[*]"))
            : Value.of(receiver.all());
      }
      if (map && (name.equals("get") || name.equals("getOrDefault")) && args.size() == 1) {
        Object key = args.getFirst().constant();
        return Value.of(key != null ? element(receiver, "{" + key + "}", "{*}") : receiver.all());
      }
      return map && (name.equals("get") || name.equals("getOrDefault"))
          ? Value.of(args.size() == 2 ? receiver.all().join(args.get(1).all()) : receiver.all())
          : null;
    }
    int argc = args.size();
    if (list) {
      Integer size = m.state.sizes.get(path);
      switch (name) {
        case "add" -> {
          if (argc == 1 && size != null) {
            put(path + "[" + size + "]", args.get(0).all());
            m.state.sizes.put(path, size + 1);
          } else {
            weak(path + "[*]", args.get(argc - 1).all());
            m.state.sizes.remove(path);
          }
          return Value.CLEAN;
        }
        case "set" -> {
          if (argc == 2 && args.get(0).constant() instanceof Integer i) {
            put(path + "[" + i + "]", args.get(1).all());
          } else {
            weak(path + "[*]", args.get(argc - 1).all());
          }
          return Value.CLEAN;
        }
        case "get" -> {
          if (argc == 1 && args.get(0).constant() instanceof Integer i) {
            return Value.of(element(receiver, "[" + i + "]", "[*]"));
          }
          return Value.of(receiver.all());
        }
        case "remove" -> {
          if (argc == 1 && args.get(0).constant() instanceof Integer i && size != null) {
            removeAt(path, i, size);
            return Value.CLEAN;
          }
          return null;
        }
        case "clear" -> {
          m.state.clear(path);
          m.state.paths.put(path, Taint.CLEAN);
          m.state.sizes.put(path, 0);
          return Value.CLEAN;
        }
        default -> {
          return null;
        }
      }
    }
    if (map) {
      Object key = argc > 0 ? args.get(0).constant() : null;
      switch (name) {
        case "put" -> {
          if (key != null) {
            put(path + "{" + key + "}", args.get(1).all());
          } else {
            weak(path + "{*}", args.get(1).all());
          }
          return Value.CLEAN;
        }
        case "get", "getOrDefault" -> {
          Taint t = key != null ? element(receiver, "{" + key + "}", "{*}") : receiver.all();
          if (argc == 2) {
            t = t.join(args.get(1).all());
          }
          return Value.of(t);
        }
        case "remove" -> {
          if (key != null) {
            m.state.paths.remove(path + "{" + key + "}");
            return Value.CLEAN;
          }
          return null;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private static Taint element(Value receiver, String at, String any) {
    return receiver
        .self()
        .join(receiver.parts().getOrDefault(at, Taint.CLEAN))
        .join(receiver.parts().getOrDefault(any, Taint.CLEAN));
  }

  private void put(String path, Taint t) {
    m.state.paths.put(State.bound(path), t);
  }

  private void weak(String path, Taint t) {
    m.state.paths.merge(State.bound(path), t, Taint::join);
  }

  private void removeAt(String path, int index, int size) {
    Map<String, Taint> moved = new HashMap<>();
    for (int i = index + 1; i < size; i++) {
      moved.put(
          path + "[" + (i - 1) + "]",
          m.state.paths.getOrDefault(path + "[" + i + "]", Taint.CLEAN));
    }
    m.state.paths.remove(path + "[" + (size - 1) + "]");
    if (index == size - 1) {
      m.state.paths.remove(path + "[" + index + "]");
    }
    m.state.paths.putAll(moved);
    m.state.sizes.put(path, size - 1);
  }
}
