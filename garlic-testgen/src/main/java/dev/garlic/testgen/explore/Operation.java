package dev.garlic.testgen.explore;

import dev.garlic.testgen.vectors.SourceNames;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One callable of the API under exploration: a public constructor, static method or instance
 * method, found by reflection in the child.
 *
 * @param executable the constructor or method
 * @param key {@code name(parameter types)} as {@link Class#getName()} spells them, e.g. {@code
 *     withdraw(long)}; {@code <init>(...)} for constructors
 */
record Operation(Executable executable, String key) {

  static Operation of(Executable executable) {
    String name = executable instanceof Constructor<?> ? "<init>" : executable.getName();
    String params =
        Arrays.stream(executable.getParameterTypes())
            .map(Class::getName)
            .collect(Collectors.joining(","));
    executable.trySetAccessible();
    return new Operation(executable, name + "(" + params + ")");
  }

  String name() {
    return executable instanceof Constructor<?> ? "<init>" : executable.getName();
  }

  boolean isConstructor() {
    return executable instanceof Constructor<?>;
  }

  boolean needsReceiver() {
    return !isConstructor() && !Modifier.isStatic(executable.getModifiers());
  }

  /** The static type of the result: the class for a constructor, null for a void method. */
  @Nullable Class<?> produces() {
    if (executable instanceof Constructor<?> c) {
      return c.getDeclaringClass();
    }
    Class<?> type = ((Method) executable).getReturnType();
    return type == void.class ? null : type;
  }

  /** The result type in source form, {@code void} for none. */
  String returnTypeSource() {
    if (executable instanceof Method m) {
      return m.getReturnType() == void.class
          ? "void"
          : SourceNames.generic(m.getGenericReturnType());
    }
    return SourceNames.simple(executable.getDeclaringClass());
  }

  /** What tests and reports call it: {@code withdraw}, or {@code new Money} for a constructor. */
  String displayName() {
    return isConstructor()
        ? "new " + SourceNames.simple(executable.getDeclaringClass())
        : executable.getName();
  }

  /** Calls it; what the code under test throws is rethrown unwrapped. */
  @Nullable Object invoke(@Nullable Object receiver, @Nullable Object[] args) throws Throwable {
    try {
      if (executable instanceof Constructor<?> c) {
        return c.newInstance(args);
      }
      return ((Method) executable).invoke(receiver, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
