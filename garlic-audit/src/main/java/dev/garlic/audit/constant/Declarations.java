package dev.garlic.audit.constant;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Light, syntax-only name resolution: which local variable, parameter or field a simple name (or
 * {@code this.name}) refers to, by walking the enclosing blocks, callables and type bodies the way
 * Java's scoping rules do. Needs no symbol solver; inherited fields and static imports are left to
 * the caller ({@link ConstantEvaluator} finds them through the project's types). Stateless and
 * thread-safe.
 */
public final class Declarations {

  private Declarations() {}

  /** What kind of variable a name refers to. */
  public enum Kind {
    LOCAL,
    PARAMETER,
    FIELD
  }

  /**
   * A variable declaration.
   *
   * @param name the variable's name
   * @param kind local, parameter (of a method, constructor, lambda or catch) or field
   * @param type its declared type ({@code var} for inferred locals)
   * @param initializer the expression it is initialised with, if any
   * @param node the declaring node: a {@link VariableDeclarator} or a {@link Parameter}
   * @param scope where it can be written: the enclosing block, loop or try of a local, the callable
   *     or lambda of a parameter, the type body (a {@link TypeDeclaration} or anonymous {@link
   *     ObjectCreationExpr}) of a field
   */
  public record Declaration(
      String name, Kind kind, Type type, Optional<Expression> initializer, Node node, Node scope) {

    /**
     * The simple name of the declared type, without type arguments: {@code Map} for {@code
     * java.util.Map<K,V>}.
     */
    public String typeName() {
      String text = type.getElementType().asString();
      int lt = text.indexOf('<');
      if (lt >= 0) {
        text = text.substring(0, lt);
      }
      return text.substring(text.lastIndexOf('.') + 1);
    }

    /** The field declaration of a field, if this is one. */
    public Optional<FieldDeclaration> field() {
      return node.getParentNode()
          .filter(FieldDeclaration.class::isInstance)
          .map(FieldDeclaration.class::cast);
    }

    /**
     * Every value written to the variable apart from its initializer ({@code x = v} and {@code
     * this.x = v} in its scope), or empty when it is also written in a way that yields no single
     * value ({@code x += v}, {@code x++}).
     */
    public Optional<List<Expression>> assignments() {
      List<Expression> values = new ArrayList<>();
      for (AssignExpr a : scope.findAll(AssignExpr.class)) {
        if (writes(a.getTarget())) {
          if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
            return Optional.empty();
          }
          values.add(a.getValue());
        }
      }
      for (UnaryExpr u : scope.findAll(UnaryExpr.class)) {
        if (!u.getOperator().isPrefix() && !u.getOperator().isPostfix()) {
          continue;
        }
        if (writes(u.getExpression())) {
          return Optional.empty();
        }
      }
      return Optional.of(values);
    }

    private boolean writes(Expression target) {
      if (target instanceof NameExpr n) {
        return n.getNameAsString().equals(name);
      }
      return kind == Kind.FIELD
          && target instanceof FieldAccessExpr f
          && f.getNameAsString().equals(name)
          && (f.getScope() instanceof ThisExpr || f.getScope() instanceof NameExpr);
    }
  }

  /** The declaration {@code e} (a simple name or {@code this.name}) refers to, if it is visible. */
  public static Optional<Declaration> resolve(Expression e) {
    if (e instanceof NameExpr n) {
      return lookup(n.getNameAsString(), n);
    }
    if (e instanceof FieldAccessExpr f
        && f.getScope() instanceof ThisExpr t
        && t.getTypeName().isEmpty()) {
      return enclosingBody(f).flatMap(body -> fieldIn(body, f.getNameAsString()));
    }
    return Optional.empty();
  }

  /** The declaration a variable declarator (of a field or a local) makes. */
  public static Optional<Declaration> of(VariableDeclarator v) {
    Node parent = v.getParentNode().orElse(null);
    String name = v.getNameAsString();
    if (parent instanceof FieldDeclaration fd) {
      return fd.getParentNode()
          .map(body -> new Declaration(name, Kind.FIELD, v.getType(), v.getInitializer(), v, body));
    }
    if (parent instanceof VariableDeclarationExpr vde) {
      Node scope = vde.getParentNode().orElse(null);
      if (scope instanceof ExpressionStmt es) {
        scope = es.getParentNode().orElse(null);
      }
      if (scope != null) {
        return Optional.of(
            new Declaration(name, Kind.LOCAL, v.getType(), v.getInitializer(), v, scope));
      }
    }
    return Optional.empty();
  }

  /** The type body enclosing {@code node}: a type declaration or an anonymous class. */
  public static Optional<Node> enclosingBody(Node node) {
    Node child = node;
    for (Node p = node.getParentNode().orElse(null);
        p != null;
        p = p.getParentNode().orElse(null)) {
      if (p instanceof TypeDeclaration<?>) {
        return Optional.of(p);
      }
      if (p instanceof ObjectCreationExpr o
          && o.getAnonymousClassBody().isPresent()
          && child instanceof BodyDeclaration<?>) {
        return Optional.of(p);
      }
      child = p;
    }
    return Optional.empty();
  }

  /** The field {@code name} declared directly in {@code body}. */
  static Optional<Declaration> fieldIn(Node body, String name) {
    List<BodyDeclaration<?>> members = members(body);
    for (BodyDeclaration<?> member : members) {
      if (member instanceof FieldDeclaration fd) {
        for (VariableDeclarator v : fd.getVariables()) {
          if (v.getNameAsString().equals(name)) {
            return Optional.of(
                new Declaration(name, Kind.FIELD, v.getType(), v.getInitializer(), v, body));
          }
        }
      }
    }
    if (body instanceof RecordDeclaration r) {
      for (Parameter p : r.getParameters()) {
        if (p.getNameAsString().equals(name)) {
          return Optional.of(
              new Declaration(name, Kind.FIELD, p.getType(), Optional.empty(), p, body));
        }
      }
    }
    return Optional.empty();
  }

  static List<BodyDeclaration<?>> members(Node body) {
    if (body instanceof TypeDeclaration<?> t) {
      return t.getMembers();
    }
    if (body instanceof ObjectCreationExpr o) {
      return o.getAnonymousClassBody().map(l -> (List<BodyDeclaration<?>>) l).orElse(List.of());
    }
    return List.of();
  }

  private static Optional<Declaration> lookup(String name, Node use) {
    Node child = use;
    for (Node p = use.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
      Declaration found = declaredIn(p, child, name);
      if (found != null) {
        return Optional.of(found);
      }
      if (p instanceof CallableDeclaration<?> c
          && !c.findAll(TypePatternExpr.class, tp -> tp.getNameAsString().equals(name)).isEmpty()) {
        // A pattern variable may shadow a field here; its scope is flow-dependent, so give up.
        return Optional.empty();
      }
      child = p;
    }
    return Optional.empty();
  }

  private static @Nullable Declaration declaredIn(Node p, Node child, String name) {
    if (p instanceof BlockStmt b) {
      return inStatements(b.getStatements(), child, name, b);
    }
    if (p instanceof SwitchEntry s) {
      return inStatements(s.getStatements(), child, name, s);
    }
    if (p instanceof ForStmt f) {
      for (Expression init : f.getInitialization()) {
        Declaration d = inDeclarationExpr(init, name, f);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (p instanceof ForEachStmt f) {
      return inDeclarationExpr(f.getVariable(), name, f);
    }
    if (p instanceof TryStmt t) {
      for (Expression r : t.getResources()) {
        Declaration d = inDeclarationExpr(r, name, t);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (p instanceof CatchClause c) {
      return parameter(c.getParameter(), name, c);
    }
    if (p instanceof LambdaExpr l) {
      for (Parameter param : l.getParameters()) {
        Declaration d = parameter(param, name, l);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (p instanceof CallableDeclaration<?> c) {
      for (Parameter param : c.getParameters()) {
        Declaration d = parameter(param, name, c);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (p instanceof TypeDeclaration<?>
        || (p instanceof ObjectCreationExpr o
            && o.getAnonymousClassBody().isPresent()
            && child instanceof BodyDeclaration<?>)) {
      return fieldIn(p, name).orElse(null);
    }
    return null;
  }

  private static @Nullable Declaration parameter(Parameter param, String name, Node scope) {
    return param.getNameAsString().equals(name)
        ? new Declaration(name, Kind.PARAMETER, param.getType(), Optional.empty(), param, scope)
        : null;
  }

  private static @Nullable Declaration inStatements(
      NodeList<Statement> statements, Node child, String name, Node scope) {
    Declaration found = null;
    for (Statement s : statements) {
      if (s == child) {
        // The declaring statement itself: `int a = 1, b = a;` sees a.
        if (s instanceof ExpressionStmt es) {
          Declaration self = inDeclarationExpr(es.getExpression(), name, scope);
          if (self != null) {
            found = self;
          }
        }
        break;
      }
      if (s instanceof ExpressionStmt es) {
        Declaration d = inDeclarationExpr(es.getExpression(), name, scope);
        if (d != null) {
          found = d;
        }
      }
    }
    return found;
  }

  private static @Nullable Declaration inDeclarationExpr(Expression e, String name, Node scope) {
    if (e instanceof VariableDeclarationExpr vde) {
      for (VariableDeclarator v : vde.getVariables()) {
        if (v.getNameAsString().equals(name)) {
          return new Declaration(name, Kind.LOCAL, v.getType(), v.getInitializer(), v, scope);
        }
      }
    }
    return null;
  }
}
