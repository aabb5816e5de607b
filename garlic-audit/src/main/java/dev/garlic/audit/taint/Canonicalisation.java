package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a path built by an expression is canonicalised before it is used: {@code new File(dir,
 * name).getCanonicalFile()}, {@code Paths.get(root, name).normalize()}, or a local variable holding
 * the path that the method canonicalises ({@code f.getCanonicalPath()}, through {@code toPath()}
 * and the like). Such code is written to check containment next, so the path is judged where it is
 * used, after that check.
 */
final class Canonicalisation {

  private Canonicalisation() {}

  static boolean follows(Expression built) {
    Expression end = viewsOf(built);
    if (end == null) {
      return true;
    }
    return storedIn(end).map(v -> canonicalisedIn(v, end)).orElse(false);
  }

  /**
   * Climbs from {@code e} through calls that only view the path another way; null when a
   * canonicalising call is reached, else the last expression of the chain.
   */
  private static @Nullable Expression viewsOf(Expression e) {
    while (true) {
      Node parent = e.getParentNode().orElse(null);
      if (parent instanceof EnclosedExpr en) {
        e = en;
      } else if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == e) {
        String name = call.getNameAsString();
        if (Conditions.CANONICALISERS.contains(name)) {
          return null;
        }
        if (!Conditions.VIEWS.contains(name) && !name.equals("getAbsoluteFile")) {
          return e;
        }
        e = call;
      } else {
        return e;
      }
    }
  }

  private static Optional<String> storedIn(Expression e) {
    Node parent = e.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator v) {
      return Optional.of(v.getNameAsString());
    }
    if (parent instanceof AssignExpr a
        && a.getValue() == e
        && a.getTarget() instanceof NameExpr n) {
      return Optional.of(n.getNameAsString());
    }
    return Optional.empty();
  }

  /** Whether the method around {@code at} canonicalises the local {@code name}. */
  private static boolean canonicalisedIn(String name, Node at) {
    Optional<CallableDeclaration> method = at.findAncestor(CallableDeclaration.class);
    if (method.isEmpty()) {
      return false;
    }
    return method.get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).stream()
        .anyMatch(n -> viewsOf(n) == null);
  }
}
