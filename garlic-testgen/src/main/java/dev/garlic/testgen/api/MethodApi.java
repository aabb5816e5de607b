package dev.garlic.testgen.api;

import java.util.List;

/**
 * One public method or constructor as the source declares it.
 *
 * @param name the name, {@code <init>} for a constructor
 * @param parameterNames the parameter names in order
 * @param parameterTypes the parameter types as written in source
 * @param nullable names of parameters annotated {@code @Nullable}
 * @param nonNull names of parameters annotated {@code @NonNull} or {@code @NotNull}
 * @param returnsNullable whether the method is annotated {@code @Nullable}
 */
public record MethodApi(
    String name,
    List<String> parameterNames,
    List<String> parameterTypes,
    List<String> nullable,
    List<String> nonNull,
    boolean returnsNullable) {

  public MethodApi {
    parameterNames = List.copyOf(parameterNames);
    parameterTypes = List.copyOf(parameterTypes);
    nullable = List.copyOf(nullable);
    nonNull = List.copyOf(nonNull);
  }
}
