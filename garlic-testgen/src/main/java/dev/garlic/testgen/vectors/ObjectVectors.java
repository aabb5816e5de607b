package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Any other object: built through its public constructors, its public static factories (static
 * methods of the class returning it) and a builder ({@code T.builder()...build()}), with arguments
 * chosen recursively up to the context's depth; for an interface or abstract class, through its
 * concrete implementations in the project. {@code Object} parameters get a string and a number.
 * Always ends with {@code null}.
 */
public final class ObjectVectors implements VectorStrategy {

  /** How many ways of building one type are tried. */
  static final int MAX_CREATORS = 4;

  @Override
  public List<Vector> vectors(Type type, VectorContext context) {
    Class<?> raw = SourceNames.erase(type);
    if (raw.isPrimitive()) {
      return List.of();
    }
    List<Vector> out = new ArrayList<>();
    if (raw == Object.class) {
      out.add(Vector.of(Value.literal("\"abc\"", "String", "string object"), "abc"));
      out.add(Vector.of(Value.literal("1", "Integer", "number object"), 1));
    } else if (context.mayBuild()) {
      for (Class<?> candidate : candidates(raw, context)) {
        Vector fromBuilder = builder(candidate, raw);
        if (fromBuilder != null) {
          out.add(fromBuilder);
        }
        for (Executable creator : creators(candidate, raw)) {
          if (out.size() >= MAX_CREATORS) {
            break;
          }
          Vector built = build(candidate, creator, context);
          if (built != null) {
            out.add(built);
          }
        }
      }
    }
    out.add(Vector.nullOf(SourceNames.simple(raw)));
    return out;
  }

  private static List<Class<?>> candidates(Class<?> raw, VectorContext context) {
    List<Class<?>> out = new ArrayList<>();
    if (!raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())) {
      out.add(raw);
    }
    for (String name : context.implementations().getOrDefault(raw.getName(), List.of())) {
      try {
        Class<?> implementation = Class.forName(name, false, raw.getClassLoader());
        if (raw.isAssignableFrom(implementation)) {
          out.add(implementation);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // An implementation that does not load is not a way to build the type.
      }
    }
    return out;
  }

  /** {@code T.builder().build()} when the class has that shape. */
  private static Vector builder(Class<?> type, Class<?> wanted) {
    try {
      Method builder = type.getMethod("builder");
      Method build = builder.getReturnType().getMethod("build");
      if (!Modifier.isStatic(builder.getModifiers())
          || !wanted.isAssignableFrom(build.getReturnType())
          || !Modifier.isPublic(builder.getReturnType().getModifiers())) {
        return null;
      }
      String name = SourceNames.simple(type);
      return new Vector(
          new Value(
              name + ".builder().build()", name, SourceNames.imports(type), false, "built " + name),
          () -> {
            try {
              return build.invoke(builder.invoke(null));
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Public constructors (fewest parameters first), then static factories returning the type. */
  static List<Executable> creators(Class<?> candidate, Class<?> wanted) {
    if (!Modifier.isPublic(candidate.getModifiers())) {
      return List.of();
    }
    List<Executable> out = new ArrayList<>();
    Arrays.stream(candidate.getConstructors())
        .filter(c -> !c.isSynthetic() && !c.isVarArgs())
        .sorted(Comparator.comparingInt(Constructor::getParameterCount))
        .forEach(out::add);
    Arrays.stream(candidate.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == candidate)
        .filter(
            m -> wanted.isAssignableFrom(m.getReturnType()) && !m.isSynthetic() && !m.isVarArgs())
        .sorted(Comparator.comparingInt(Method::getParameterCount).thenComparing(Method::getName))
        .forEach(out::add);
    return out;
  }

  private static Vector build(Class<?> type, Executable creator, VectorContext context) {
    List<Vector> args = new ArrayList<>();
    for (Type parameter : creator.getGenericParameterTypes()) {
      List<Vector> options = context.deeper(parameter);
      Vector chosen =
          options.stream().filter(v -> !v.source().code().equals("null")).findFirst().orElse(null);
      if (chosen == null) {
        if (SourceNames.erase(parameter).isPrimitive() || options.isEmpty()) {
          return null;
        }
        chosen = options.getFirst();
      }
      args.add(chosen);
    }
    String name = SourceNames.simple(type);
    String joined = args.stream().map(v -> v.source().code()).collect(Collectors.joining(", "));
    String code =
        creator instanceof Constructor<?>
            ? "new " + name + "(" + joined + ")"
            : name + "." + creator.getName() + "(" + joined + ")";
    List<String> imports = new ArrayList<>(SourceNames.imports(type));
    for (Vector v : args) {
      v.source().imports().stream().filter(i -> !imports.contains(i)).forEach(imports::add);
    }
    String label =
        creator instanceof Constructor<?> ? "new " + name : name + " from " + creator.getName();
    return new Vector(
        new Value(code, name, imports, false, label),
        () -> {
          Object[] values = new Object[args.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i).maker().make();
          }
          try {
            return creator instanceof Constructor<?> c
                ? c.newInstance(values)
                : ((Method) creator).invoke(null, values);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
