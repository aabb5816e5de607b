package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists, sets, collections, iterables, maps and arrays: null, empty, one element, many elements,
 * and one containing null. Collections are mutable ({@code new ArrayList<>(List.of(...))}) so that
 * code that adds to its argument does not fail for a reason no caller would meet; they are built
 * anew for every run.
 */
public final class CollectionVectors implements VectorStrategy {

  @Override
  public List<Vector> vectors(Type type, VectorContext context) {
    Class<?> raw = SourceNames.erase(type);
    if (raw.isArray()) {
      return arrays(raw, context);
    }
    Shape shape = Shape.of(raw);
    if (shape == null) {
      return List.of();
    }
    List<Type> args = SourceNames.arguments(type);
    Type element = args.isEmpty() ? Object.class : args.getFirst();
    String typeName = SourceNames.generic(type);
    List<String> imports = new ArrayList<>(SourceNames.genericImports(type));
    List<Vector> out = new ArrayList<>();
    out.add(Vector.nullOf(typeName));
    if (shape == Shape.MAP) {
      Type valueType = args.size() < 2 ? Object.class : args.get(1);
      List<Vector> keys = nonNull(context.deeper(element));
      List<Vector> values = nonNull(context.deeper(valueType));
      addImport(imports, "java.util.HashMap");
      out.add(
          new Vector(
              new Value("new HashMap<>()", typeName, imports, false, "empty map"), HashMap::new));
      if (!keys.isEmpty() && !values.isEmpty()) {
        Vector k = keys.getFirst();
        Vector v = values.getFirst();
        out.add(
            new Vector(
                new Value(
                    "new HashMap<>(Map.of(" + k.source().code() + ", " + v.source().code() + "))",
                    typeName,
                    withImports(imports, List.of("java.util.Map"), k, v),
                    false,
                    "one entry map"),
                () -> {
                  HashMap<Object, Object> m = new HashMap<>();
                  m.put(k.maker().make(), v.maker().make());
                  return m;
                }));
      }
      return out;
    }
    List<Vector> elements = nonNull(context.deeper(element));
    String factory = shape == Shape.SET ? "LinkedHashSet" : "ArrayList";
    addImport(imports, "java.util." + factory);
    out.add(
        collection(
            "new " + factory + "<>()", typeName, imports, "empty " + shape.noun, shape, List.of()));
    if (!elements.isEmpty()) {
      Vector first = elements.getFirst();
      Vector second = elements.size() > 1 ? elements.get(1) : first;
      out.add(
          collection(
              shape, factory, typeName, imports, "one element " + shape.noun, List.of(first)));
      out.add(
          collection(
              shape,
              factory,
              typeName,
              imports,
              "many element " + shape.noun,
              List.of(first, second, elements.get(Math.min(2, elements.size() - 1)))));
      Vector nullElement = Vector.nullOf(SourceNames.generic(element));
      out.add(
          collection(
              shape,
              factory,
              typeName,
              imports,
              shape.noun + " containing null",
              List.of(first, nullElement)));
    }
    return out;
  }

  private static Vector collection(
      Shape shape,
      String factory,
      String type,
      List<String> imports,
      String label,
      List<Vector> items) {
    String code =
        "new "
            + factory
            + "<>(Arrays.asList("
            + items.stream().map(v -> v.source().code()).collect(Collectors.joining(", "))
            + "))";
    List<String> all =
        withImports(imports, List.of("java.util.Arrays"), items.toArray(Vector[]::new));
    return collection(code, type, all, label, shape, items);
  }

  private static Vector collection(
      String code,
      String type,
      List<String> imports,
      String label,
      Shape shape,
      List<Vector> items) {
    return new Vector(
        new Value(code, type, imports, false, label),
        () -> {
          Collection<Object> c = shape == Shape.SET ? new LinkedHashSet<>() : new ArrayList<>();
          for (Vector v : items) {
            c.add(v.maker().make());
          }
          return c;
        });
  }

  private static List<Vector> arrays(Class<?> arrayType, VectorContext context) {
    Class<?> component = arrayType.getComponentType();
    String name = SourceNames.simple(arrayType);
    List<String> imports = SourceNames.imports(arrayType);
    List<Vector> elements = nonNull(context.deeper(component));
    List<Vector> out = new ArrayList<>();
    out.add(Vector.nullOf(name));
    out.add(array(name, imports, component, "empty array", List.of()));
    if (!elements.isEmpty()) {
      Vector first = elements.getFirst();
      Vector second = elements.size() > 1 ? elements.get(1) : first;
      out.add(array(name, imports, component, "one element array", List.of(first)));
      out.add(array(name, imports, component, "many element array", List.of(first, second, first)));
      if (!component.isPrimitive()) {
        out.add(
            array(
                name,
                imports,
                component,
                "array containing null",
                List.of(first, Vector.nullOf(SourceNames.simple(component)))));
      }
    }
    return out;
  }

  private static Vector array(
      String name, List<String> imports, Class<?> component, String label, List<Vector> items) {
    String code =
        "new "
            + name
            + " {"
            + items.stream().map(v -> v.source().code()).collect(Collectors.joining(", "))
            + "}";
    return new Vector(
        new Value(
            code,
            name,
            withImports(imports, List.of(), items.toArray(Vector[]::new)),
            false,
            label),
        () -> {
          Object array = Array.newInstance(component, items.size());
          for (int i = 0; i < items.size(); i++) {
            Array.set(array, i, items.get(i).maker().make());
          }
          return array;
        });
  }

  private static List<Vector> nonNull(List<Vector> vectors) {
    return vectors.stream().filter(v -> !v.source().code().equals("null")).toList();
  }

  private static List<String> withImports(List<String> base, List<String> extra, Vector... items) {
    List<String> out = new ArrayList<>(base);
    extra.forEach(i -> addImport(out, i));
    for (Vector v : items) {
      v.source().imports().forEach(i -> addImport(out, i));
    }
    return out;
  }

  private static void addImport(List<String> imports, String name) {
    if (!imports.contains(name)) {
      imports.add(name);
    }
  }

  private enum Shape {
    LIST("list"),
    SET("set"),
    MAP("map");

    final String noun;

    Shape(String noun) {
      this.noun = noun;
    }

    static Shape of(Class<?> raw) {
      if (raw == Map.class || raw == HashMap.class) {
        return MAP;
      }
      if (raw == Set.class || raw == LinkedHashSet.class || raw == java.util.HashSet.class) {
        return SET;
      }
      if (raw == List.class
          || raw == Collection.class
          || raw == Iterable.class
          || raw == ArrayList.class) {
        return LIST;
      }
      return null;
    }
  }
}
