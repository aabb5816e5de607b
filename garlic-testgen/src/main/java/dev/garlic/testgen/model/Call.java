package dev.garlic.testgen.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One invocation: a constructor, a static method or an instance method of a public API.
 *
 * @param kind which of the three it is
 * @param owner the fully qualified name of the declaring (or instantiated) class; nested classes
 *     with {@code $}, e.g. {@code com.acme.Money$Currency}
 * @param name the method name, or {@code <init>} for a constructor
 * @param parameterTypes the erased parameter types as {@link Class#getName()} spells them ( {@code
 *     int}, {@code java.lang.String}, {@code [I}), which pick the overload
 * @param receiver the variable the instance method is called on; null for the other kinds
 * @param arguments the argument expressions, one per parameter
 * @param returnType the static return type in source form ({@code void} for none; the class for a
 *     constructor)
 */
public record Call(
    Kind kind,
    String owner,
    String name,
    List<String> parameterTypes,
    @Nullable String receiver,
    List<Value> arguments,
    String returnType) {

  /** What is invoked. */
  public enum Kind {
    CONSTRUCTOR,
    STATIC,
    INSTANCE
  }

  public Call {
    parameterTypes = List.copyOf(parameterTypes);
    arguments = List.copyOf(arguments);
    if ((kind == Kind.INSTANCE) != (receiver != null)) {
      throw new IllegalArgumentException("an instance call needs a receiver, the others none");
    }
    if (parameterTypes.size() != arguments.size()) {
      throw new IllegalArgumentException(
          name
              + ": "
              + parameterTypes.size()
              + " parameters but "
              + arguments.size()
              + " arguments");
    }
  }

  /** Whether the call returns nothing. */
  public boolean isVoid() {
    return returnType.equals("void");
  }
}
