package dev.garlic.workspace.java;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names visible at one point of a walk over a file: the enclosing named types (innermost last),
 * local variables and parameters with their declared types, and type variables. Declared types are
 * resolved once, when the name is declared.
 */
final class Scopes {

  private final NameResolver resolver;
  private final List<TypeFrame> types = new ArrayList<>();
  private final List<String> typeNames = new ArrayList<>();
  private final List<Map<String, Resolution>> locals = new ArrayList<>();
  private final List<Set<String>> methodTypeVariables = new ArrayList<>();

  Scopes(NameResolver resolver) {
    this.resolver = resolver;
  }

  NameResolver resolver() {
    return resolver;
  }

  void enterType(TypeFrame frame) {
    types.add(frame);
    typeNames.add(frame.qualifiedName);
  }

  void exitType() {
    types.removeLast();
    typeNames.removeLast();
  }

  /** The innermost named type, or null outside any type. */
  @Nullable TypeFrame currentType() {
    return types.isEmpty() ? null : types.getLast();
  }

  void enterBlock() {
    locals.add(new HashMap<>());
  }

  void exitBlock() {
    locals.removeLast();
  }

  void enterGenericMethod(Set<String> typeVariables) {
    methodTypeVariables.add(typeVariables);
  }

  void exitGenericMethod() {
    methodTypeVariables.removeLast();
  }

  /** Declares a local variable or parameter in the innermost block. */
  void declareLocal(String name, Resolution type) {
    if (locals.isEmpty()) {
      enterBlock();
    }
    locals.getLast().put(name, type);
  }

  /**
   * The declared type of a local, parameter or field visible here: {@link Resolution#NONE} when it
   * is declared with a type that cannot be resolved, null when no such variable is visible.
   */
  @Nullable Resolution variable(String name) {
    for (int i = locals.size() - 1; i >= 0; i--) {
      Resolution type = locals.get(i).get(name);
      if (type != null) {
        return type;
      }
    }
    TypeFrame owner = fieldOwner(name);
    return owner == null ? null : owner.fieldTypes.get(name);
  }

  boolean isLocal(String name) {
    for (int i = locals.size() - 1; i >= 0; i--) {
      if (locals.get(i).containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost enclosing type that declares a field {@code name}, or null. */
  @Nullable TypeFrame fieldOwner(String name) {
    for (int i = types.size() - 1; i >= 0; i--) {
      if (types.get(i).fieldTypes.containsKey(name)) {
        return types.get(i);
      }
    }
    return null;
  }

  /** The innermost enclosing type that declares a method {@code name}, or null. */
  @Nullable TypeFrame methodOwner(String name) {
    for (int i = types.size() - 1; i >= 0; i--) {
      if (types.get(i).methodNames.contains(name)) {
        return types.get(i);
      }
    }
    return null;
  }

  boolean isTypeVariable(String name) {
    for (int i = methodTypeVariables.size() - 1; i >= 0; i--) {
      if (methodTypeVariables.get(i).contains(name)) {
        return true;
      }
    }
    for (int i = types.size() - 1; i >= 0; i--) {
      if (types.get(i).typeVariables.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Resolves a type name as written here ({@code Entry}, {@code Map.Entry}). */
  Resolution resolveTypeName(String name) {
    return resolver.resolveType(name, typeNames);
  }

  /**
   * Resolves a declared type: class types resolve by name with their type arguments erased;
   * primitives, arrays, type variables and {@code var} have no type to point at.
   */
  Resolution resolve(Type type) {
    if (!(type instanceof ClassOrInterfaceType classType) || isUntypedName(classType)) {
      return Resolution.NONE;
    }
    return resolveTypeName(classType.getNameWithScope());
  }

  /** True for a type variable in scope or the {@code var} of a local declaration. */
  boolean isUntypedName(ClassOrInterfaceType type) {
    if (type.getScope().isPresent()) {
      return false;
    }
    String name = type.getNameAsString();
    return (name.equals("var") && type.getTypeArguments().isEmpty()) || isTypeVariable(name);
  }
}
