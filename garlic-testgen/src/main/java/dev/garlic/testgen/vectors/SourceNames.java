package dev.garlic.testgen.vectors;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
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

  /** The type arguments of a parameterized type ({@code Object} for unknown ones). */
  public static List<Type> arguments(Type type) {
    List<Type> out = new ArrayList<>();
    if (type instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        out.add(a instanceof Class<?> || a instanceof ParameterizedType ? a : Object.class);
      }
    }
    return out;
  }

  /** The source form of a generic type with simple names; type variables become raw. */
  public static String generic(Type type) {
    Class<?> raw = erase(type);
    List<Type> args = arguments(type);
    if (args.isEmpty()) {
      return simple(raw);
    }
    List<String> parts = new ArrayList<>();
    for (Type a : args) {
      parts.add(generic(a));
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
