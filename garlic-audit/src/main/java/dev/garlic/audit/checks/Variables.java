package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.garlic.audit.constant.Declarations;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Where a variable's object goes: the calls made on it and whether it leaves its scope. */
final class Variables {

  private Variables() {}

  /**
   * The variable {@code node}'s value is stored in, when it is a declaration's initializer or
   * assigned to one.
   */
  static Optional<Declaration> storedIn(Node node) {
    Node parent = node.getParentNode().orElse(null);
    while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr
        || parent instanceof com.github.javaparser.ast.expr.CastExpr) {
      node = parent;
      parent = parent.getParentNode().orElse(null);
    }
    if (parent instanceof VariableDeclarator v && v.getInitializer().orElse(null) == node) {
      return Declarations.of(v);
    }
    if (parent instanceof AssignExpr a && a.getValue() == node) {
      return Declarations.resolve(a.getTarget());
    }
    return Optional.empty();
  }

  /** True when {@code scope} is a read of the variable {@code d}. */
  static boolean refersTo(@Nullable Expression scope, Declaration d) {
    if (scope instanceof NameExpr n) {
      return n.getNameAsString().equals(d.name())
          && Declarations.resolve(n).map(x -> x.node() == d.node()).orElse(false);
    }
    return scope instanceof FieldAccessExpr f
        && f.getScope() instanceof ThisExpr
        && f.getNameAsString().equals(d.name());
  }

  /** The calls made on {@code d} in its scope, in source order. */
  static List<MethodCallExpr> callsOn(Declaration d) {
    return d.scope().findAll(MethodCallExpr.class, c -> refersTo(c.getScope().orElse(null), d));
  }

  /**
   * True when {@code d}'s object may be changed by code this check does not see: it is passed to a
   * method or constructor (other than those named in {@code harmless}), returned, or stored in
   * another variable.
   */
  static boolean escapes(Declaration d, Set<String> harmless) {
    for (Node use : d.scope().findAll(Node.class, n -> isRead(n, d))) {
      Node parent = use.getParentNode().orElse(null);
      if (parent instanceof MethodCallExpr m && m.getScope().orElse(null) != use) {
        if (!harmless.contains(m.getNameAsString())) {
          return true;
        }
      } else if (parent instanceof ObjectCreationExpr || parent instanceof ReturnStmt) {
        return true;
      } else if (parent instanceof VariableDeclarator
          || (parent instanceof AssignExpr a && a.getValue() == use)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRead(Node n, Declaration d) {
    return (n instanceof NameExpr || n instanceof FieldAccessExpr) && refersTo((Expression) n, d);
  }
}
