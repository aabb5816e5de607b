package dev.garlic.testgen.vectors;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;

/** How run-time classes are named in test source: simple names plus the imports they need. */
public final class SourceNames {

  private SourceNames() {}

  /** The simple source name, {@code Outer.Inner} for nested classes, {@code int[]} for arrays. */
  public static String simple(Class<?> type) {
    if (type.isArray()) {
      return simple(type.getComponentType()) + "[]";
    }
    Class<?> enclosing = type.getEnclosingClass();
    return enclosing == null || type.isAnonymousClass() || type.isLocalClass()
        ? type.getSimpleName()
        : simple(enclosing) + "." + type.getSimpleName();
  }

  /** The import a class needs (the top-level class), or none for primitives and java.lang. */
  public static List<String> imports(Class<?> type) {
    Class<?> top = type;
    while (top.isArray()) {
      top = top.getComponentType();
    }
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    if (top.isPrimitive() || top.getPackageName().equals("java.lang")) {
      return List.of();
    }
    return List.of(top.getName());
  }

  /** The erased class of a generic type. */
  public static Class<?> erase(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType g) {
      return erase(g.getGenericComponentType()).arrayType();
    }
    return Object.class;
  }

  /**
   * The type arguments of a parameterized type, each made concrete for building values: a wildcard
   * by its bound ({@code ? extends Number} and {@code ? super Number} give {@code Number}), a type
   * variable by its first bound, anything else by {@code Object}.
   */
  public static List<Type> arguments(Type type) {
    List<Type> out = new ArrayList<>();
    if (type instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        out.add(concrete(a));
      }
    }
    return out;
  }

  private static Type concrete(Type a) {
    if (a instanceof Class<?> || a instanceof ParameterizedType) {
      return a;
    }
    if (a instanceof WildcardType w) {
      Type bound = w.getLowerBounds().length > 0 ? w.getLowerBounds()[0] : w.getUpperBounds()[0];
      return concrete(bound);
    }
    if (a instanceof TypeVariable<?> v && v.getBounds().length > 0) {
      return concrete(v.getBounds()[0]);
    }
    return Object.class;
  }

  /**
   * The source form of a generic type with simple names; wildcard and type-variable arguments
   * become {@code ?} (so that a variable of this type accepts any value of the generic type).
   */
  public static String generic(Type type) {
    Class<?> raw = erase(type);
    if (!(type instanceof ParameterizedType p)) {
      return simple(raw);
    }
    List<String> parts = new ArrayList<>();
    for (Type a : p.getActualTypeArguments()) {
      parts.add(a instanceof Class<?> || a instanceof ParameterizedType ? generic(a) : "?");
    }
    return simple(raw) + "<" + String.join(", ", parts) + ">";
  }

  /** The imports of a generic type and its arguments. */
  public static List<String> genericImports(Type type) {
    List<String> out = new ArrayList<>(imports(erase(type)));
    for (Type a : arguments(type)) {
      for (String i : genericImports(a)) {
        if (!out.contains(i)) {
          out.add(i);
        }
      }
    }
    return out;
  }
}
