package dev.garlic.testgen.explore;

import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Value;
import dev.garlic.testgen.vectors.Literals;
import dev.garlic.testgen.vectors.SourceNames;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a call did into assertions: literals for primitives, strings, enums and null; element
 * lists for small arrays and lists; sizes for other collections; for other objects, the values of
 * their deterministic observers ({@code getX()}, {@code isX()}, {@code size()}, an overridden
 * {@code toString()}) read twice and kept only when both reads agree; an exception as its nearest
 * public type and a short message.
 */
final class Oracles {

  /** Identity hash codes in text ({@code Foo@1b6d3586}) change from run to run. */
  private static final Pattern IDENTITY = Pattern.compile("@[0-9a-f]{5,}");

  static final int MAX_ELEMENTS = 10;
  static final int MAX_OBSERVERS = 6;
  static final int MAX_MESSAGE = 120;

  private Oracles() {}

  static Outcome thrown(Throwable t) {
    Class<?> type = t.getClass();
    while (!Modifier.isPublic(type.getModifiers())
        || type.isAnonymousClass()
        || type.isLocalClass()) {
      type = type.getSuperclass();
    }
    String message = t.getMessage();
    // The JDK's own "helpful" NullPointerException messages change with debug info and versions.
    boolean helpful =
        t instanceof NullPointerException && message != null && message.startsWith("Cannot ");
    boolean stable =
        !helpful
            && message != null
            && message.length() <= MAX_MESSAGE
            && !IDENTITY.matcher(message).find()
            && type == t.getClass();
    return new Outcome.Throws(type.getName(), stable ? message : null);
  }

  /**
   * Assertions on a returned value.
   *
   * @param receiver the receiver of the call, to detect a call returning it
   * @param receiverVariable the receiver's variable
   */
  static List<Assertion> value(
      @Nullable Object value,
      Class<?> type,
      String expr,
      @Nullable Object receiver,
      @Nullable String receiverVariable) {
    if (value == null) {
      return List.of(new Assertion.IsNull(expr));
    }
    if (receiver != null && receiverVariable != null && value == receiver) {
      return List.of(new Assertion.Same(expr, receiverVariable));
    }
    if (value instanceof Boolean b) {
      return List.of(new Assertion.IsBoolean(expr, b));
    }
    if (value instanceof String s && IDENTITY.matcher(s).find()) {
      // An identity hash differs in the next JVM: only that there is a value is stable.
      return List.of(new Assertion.IsNotNull(expr));
    }
    if (value instanceof String s && s.length() > Literals.MAX_STRING) {
      return List.of(
          new Assertion.Equals(
              expr + ".length()", Value.literal(Integer.toString(s.length()), "int", null)));
    }
    if (Literals.isLiteralType(value.getClass())) {
      Optional<Value> literal = Literals.of(value, type.isPrimitive() ? type : value.getClass());
      if (literal.isPresent()) {
        return List.of(new Assertion.Equals(expr, literal.get()));
      }
    }
    if (value.getClass().isArray() && type.isArray()) {
      return array(value, type, expr);
    }
    if (value instanceof List<?> list && List.class.isAssignableFrom(type)) {
      return list(list, expr);
    }
    if (value instanceof Collection<?> c && Collection.class.isAssignableFrom(type)) {
      return List.of(
          new Assertion.Equals(
              expr + ".size()", Value.literal(Integer.toString(c.size()), "int", null)));
    }
    if (value instanceof Map<?, ?> m && Map.class.isAssignableFrom(type)) {
      return List.of(
          new Assertion.Equals(
              expr + ".size()", Value.literal(Integer.toString(m.size()), "int", null)));
    }
    if (value instanceof Optional<?> o && type == Optional.class) {
      List<Assertion> out = new ArrayList<>();
      out.add(new Assertion.IsBoolean(expr + ".isPresent()", o.isPresent()));
      o.flatMap(
              v ->
                  Literals.isLiteralType(v.getClass())
                      ? Literals.of(v, v.getClass())
                      : Optional.empty())
          .ifPresent(v -> out.add(new Assertion.Equals(expr + ".get()", v)));
      return out;
    }
    return object(value, type, expr);
  }

  private static List<Assertion> array(Object value, Class<?> type, String expr) {
    int length = Array.getLength(value);
    Class<?> component = type.getComponentType();
    List<String> codes = new ArrayList<>();
    if (length <= MAX_ELEMENTS && Literals.isLiteralType(component)) {
      for (int i = 0; i < length; i++) {
        Optional<Value> element = Literals.of(Array.get(value, i), component);
        if (element.isEmpty()) {
          break;
        }
        codes.add(element.get().code());
      }
    }
    if (codes.size() == length && (component.isPrimitive() || component == String.class)) {
      String name = SourceNames.simple(type);
      return List.of(
          new Assertion.ArrayEquals(
              expr,
              new Value(
                  "new " + name + " {" + String.join(", ", codes) + "}",
                  name,
                  List.of(),
                  false,
                  null)));
    }
    return List.of(
        new Assertion.Equals(
            expr + ".length", Value.literal(Integer.toString(length), "int", null)));
  }

  private static List<Assertion> list(List<?> list, String expr) {
    if (list.isEmpty()) {
      return List.of(new Assertion.IsBoolean(expr + ".isEmpty()", true));
    }
    List<String> codes = new ArrayList<>();
    List<String> imports = new ArrayList<>(List.of("java.util.Arrays"));
    if (list.size() <= MAX_ELEMENTS) {
      for (Object element : list) {
        if (element != null && !Literals.isLiteralType(element.getClass())) {
          break;
        }
        Optional<Value> literal =
            element == null
                ? Optional.of(Value.literal("null", "Object", null))
                : Literals.of(element, element.getClass());
        if (literal.isEmpty()) {
          break;
        }
        codes.add(literal.get().code());
        literal.get().imports().stream().filter(i -> !imports.contains(i)).forEach(imports::add);
      }
    }
    if (codes.size() == list.size()) {
      return List.of(
          new Assertion.Equals(
              expr,
              new Value(
                  "Arrays.asList(" + String.join(", ", codes) + ")",
                  "List",
                  imports,
                  false,
                  null)));
    }
    return List.of(
        new Assertion.Equals(
            expr + ".size()", Value.literal(Integer.toString(list.size()), "int", null)));
  }

  /** The values of {@code object}'s deterministic observers visible on its static type. */
  static List<Assertion> object(Object object, Class<?> type, String expr) {
    List<Assertion> out = new ArrayList<>();
    for (Method m : observers(type)) {
      if (out.size() >= MAX_OBSERVERS) {
        break;
      }
      try {
        Object first = m.invoke(object);
        Object second = m.invoke(object);
        if (!Objects.equals(first, second)) {
          continue;
        }
        if (first instanceof String s
            && (IDENTITY.matcher(s).find() || s.length() > Literals.MAX_STRING)) {
          continue;
        }
        String call = expr + "." + m.getName() + "()";
        if (first == null) {
          out.add(new Assertion.IsNull(call));
        } else if (first instanceof Boolean b) {
          out.add(new Assertion.IsBoolean(call, b));
        } else {
          Literals.of(first, m.getReturnType())
              .ifPresent(v -> out.add(new Assertion.Equals(call, v)));
        }
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        // An observer that throws or cannot be called says nothing stable.
      }
    }
    if (out.isEmpty()) {
      out.add(new Assertion.IsNotNull(expr));
    }
    return out;
  }

  private static List<Method> observers(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return List.of();
    }
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(
            m ->
                m.getDeclaringClass() != Object.class
                    && Modifier.isPublic(m.getDeclaringClass().getModifiers()))
        .filter(m -> Literals.isLiteralType(m.getReturnType()))
        .filter(m -> isObserverName(m.getName()))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static boolean isObserverName(String name) {
    return name.matches("(get|is|has)[A-Z].*")
        || List.of(
                "size",
                "length",
                "isEmpty",
                "toString",
                "name",
                "ordinal",
                "intValue",
                "longValue",
                "doubleValue")
            .contains(name);
  }
}
