package dev.garlic.workspace.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the type of a call's or field access's receiver from the file alone: {@code this}, {@code
 * super}, a type name, or a parameter, local or field whose declared type resolves. Anything that
 * needs real type inference (results of calls, fields of other types) stays unknown.
 */
final class Receivers {

  private final Scopes scopes;

  Receivers(Scopes scopes) {
    this.scopes = scopes;
  }

  /** The type of {@code receiver}, or {@link Resolution#NONE} when the file alone cannot tell. */
  Resolution typeOf(Expression receiver) {
    return switch (receiver) {
      case ThisExpr self ->
          self.getTypeName().isPresent()
              ? scopes.resolveTypeName(self.getTypeName().get().asString())
              : currentType();
      case SuperExpr parent ->
          parent.getTypeName().isPresent()
              ? scopes.resolveTypeName(parent.getTypeName().get().asString())
              : currentSuperclass();
      case NameExpr name -> typeOfName(name.getNameAsString());
      case FieldAccessExpr access -> typeOfAccess(access);
      case ObjectCreationExpr creation -> scopes.resolve(creation.getType());
      default -> Resolution.NONE;
    };
  }

  /**
   * The owner of an unqualified call {@code m()}: the innermost enclosing type that declares {@code
   * m}, else a static import, else the innermost type (the method is inherited). With static
   * wildcard imports the last case is ambiguous and becomes candidates.
   */
  Resolution unqualifiedCall(String method) {
    TypeFrame owner = scopes.methodOwner(method);
    if (owner != null) {
      return Resolution.of(owner.qualifiedName + "#" + method);
    }
    String imported = scopes.resolver().staticImportOwner(method);
    if (imported != null) {
      return Resolution.of(imported + "#" + method);
    }
    TypeFrame current = scopes.currentType();
    if (current == null) {
      return Resolution.NONE;
    }
    List<String> wildcards = scopes.resolver().staticWildcardOwners();
    if (wildcards.isEmpty()) {
      return Resolution.of(current.qualifiedName + "#" + method);
    }
    List<String> candidates = new ArrayList<>(1 + wildcards.size());
    candidates.add(current.qualifiedName + "#" + method);
    for (String wildcard : wildcards) {
      candidates.add(wildcard + "#" + method);
    }
    return new Resolution(null, candidates);
  }

  private Resolution typeOfName(String name) {
    Resolution variable = scopes.variable(name);
    if (variable != null) {
      return variable;
    }
    boolean typeName =
        Character.isUpperCase(name.charAt(0)) && scopes.resolver().staticImportOwner(name) == null;
    return typeName ? scopes.resolveTypeName(name) : Resolution.NONE;
  }

  private Resolution typeOfAccess(FieldAccessExpr access) {
    if (access.getScope() instanceof ThisExpr self && self.getTypeName().isEmpty()) {
      TypeFrame frame = scopes.currentType();
      Resolution field = frame == null ? null : frame.fieldTypes.get(access.getNameAsString());
      return field == null ? Resolution.NONE : field;
    }
    String dotted = dottedName(access);
    if (dotted == null || !looksLikeType(access.getNameAsString())) {
      return Resolution.NONE;
    }
    String first = dotted.substring(0, dotted.indexOf('.'));
    return scopes.variable(first) == null ? scopes.resolveTypeName(dotted) : Resolution.NONE;
  }

  private Resolution currentType() {
    TypeFrame frame = scopes.currentType();
    return frame == null ? Resolution.NONE : Resolution.of(frame.qualifiedName);
  }

  private Resolution currentSuperclass() {
    TypeFrame frame = scopes.currentType();
    return frame == null ? Resolution.NONE : frame.superclass;
  }

  /** {@code a.b.C} for a chain of plain names, else null. */
  private static @Nullable String dottedName(Expression expression) {
    if (expression instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (expression instanceof FieldAccessExpr access) {
      String scope = dottedName(access.getScope());
      return scope == null ? null : scope + "." + access.getNameAsString();
    }
    return null;
  }

  /**
   * Java naming: types are UpperCamelCase, constants UPPER_CASE. Without a classpath this is the
   * only way to tell {@code Map.Entry} (a type) from {@code list.size} or {@code
   * Integer.MAX_VALUE}.
   */
  static boolean looksLikeType(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (Character.isLowerCase(name.charAt(i))) {
        return true;
      }
    }
    return name.length() == 1;
  }

  /** True when {@code node} is the receiver of a call or of another field access. */
  static boolean isScopeOfAnother(Node node) {
    Node parent = node.getParentNode().orElse(null);
    return (parent instanceof FieldAccessExpr access && access.getScope() == node)
        || (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == node);
  }
}
