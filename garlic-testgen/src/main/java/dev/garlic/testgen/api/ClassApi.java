package dev.garlic.testgen.api;

import java.util.List;

/**
 * What the source of one class says about its public API.
 *
 * @param className the binary name ({@code com.acme.Outer$Inner})
 * @param found whether the source was found; when not, everything else is empty and exploration
 *     relies on the compiled class alone
 * @param methods public methods and constructors
 * @param contracts documented {@code @throws} and coded preconditions
 * @param numbers numeric literals of comparisons and {@code case} labels (boundary candidates),
 *     without duplicates
 * @param strings string literals of the class, without duplicates
 * @param enumConstants the constants of an enum, in order (empty for other kinds)
 * @param constants names of public static final fields
 */
public record ClassApi(
    String className,
    boolean found,
    List<MethodApi> methods,
    List<Contract> contracts,
    List<Double> numbers,
    List<String> strings,
    List<String> enumConstants,
    List<String> constants) {

  public ClassApi {
    methods = List.copyOf(methods);
    contracts = List.copyOf(contracts);
    numbers = List.copyOf(numbers);
    strings = List.copyOf(strings);
    enumConstants = List.copyOf(enumConstants);
    constants = List.copyOf(constants);
  }

  /** The API of a class whose source was not found. */
  public static ClassApi notFound(String className) {
    return new ClassApi(
        className, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
