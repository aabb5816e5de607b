package dev.garlic.audit.taint;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import org.jspecify.annotations.Nullable;

/**
 * Names the storage an expression denotes: {@code x} for a local or parameter, {@code this.f} for a
 * field, {@code static.Owner.f} for a static field, {@code outer.f} for a field of the enclosing
 * instance, {@code a[0]} or {@code a[*]} for array elements; and the static types of such paths.
 */
final class AccessPaths {

  private final MethodAnalyzer m;
  private final Expressions x;

  AccessPaths(MethodAnalyzer m, Expressions x) {
    this.m = m;
    this.x = x;
  }

  /** The access path of {@code e}, or null when it has none (a call result, a type name). */
  @Nullable String path(Expression e) {
    return switch (e) {
      case NameExpr n -> {
        String name = n.getNameAsString();
        if (m.types.containsKey(name)) {
          yield name;
        }
        yield fieldPath(name);
      }
      case ThisExpr t -> "this";
      case FieldAccessExpr f when qualifiedName(f) -> null;
      case FieldAccessExpr f when staticOwner(f) != null ->
          "static." + staticOwner(f) + "." + f.getNameAsString();
      case FieldAccessExpr f -> {
        String scope = path(f.getScope());
        yield scope == null ? null : State.bound(scope + "." + f.getNameAsString());
      }
      case ArrayAccessExpr a -> {
        String arr = path(a.getName());
        if (arr == null) {
          yield null;
        }
        Object idx = x.constant(a.getIndex());
        yield State.bound(arr + "[" + (idx instanceof Integer i ? i : "*") + "]");
      }
      case EnclosedExpr en -> path(en.getInner());
      case CastExpr c -> path(c.getExpression());
      default -> null;
    };
  }

  /**
   * The path of field {@code name} used without qualifier: a field of this class ({@code this.f}),
   * a static field ({@code static.Owner.f}), or a field of an enclosing class seen from an inner
   * class ({@code outer.f}, which call sites in the enclosing class map to their {@code this.f}).
   */
  private @Nullable String fieldPath(String name) {
    ProjectIndex index = m.engine.index;
    ProjectIndex.TypeInfo owner = m.method.owner();
    ProjectIndex.TypeInfo declaring = index.fieldOwner(owner.name, name, m.method.file());
    if (declaring != null) {
      return declaring.staticFields.contains(name)
          ? "static." + declaring.name + "." + name
          : "this." + name;
    }
    var outer = ProjectIndex.enclosingType(owner.decl);
    while (outer != null) {
      ProjectIndex.TypeInfo o = index.typeOf(outer);
      if (o != null && o.fieldTypes.containsKey(name)) {
        return o.staticFields.contains(name) ? "static." + o.name + "." + name : "outer." + name;
      }
      outer = ProjectIndex.enclosingType(outer);
    }
    return Character.isUpperCase(name.charAt(0)) ? null : "this." + name;
  }

  /** The project class whose static field {@code f} names ({@code Audit.lastUser}), or null. */
  private @Nullable String staticOwner(FieldAccessExpr f) {
    if (!(f.getScope() instanceof NameExpr n) || m.types.containsKey(n.getNameAsString())) {
      return null;
    }
    String type = n.getNameAsString();
    for (ProjectIndex.TypeInfo t : m.engine.index.visible(type, m.method.file())) {
      if (t.staticFields.contains(f.getNameAsString())) {
        return type;
      }
    }
    return null;
  }

  /** Whether {@code f} is a qualified class name such as {@code java.nio.file.Paths}. */
  private boolean qualifiedName(FieldAccessExpr f) {
    Expression e = f;
    while (e instanceof FieldAccessExpr fa) {
      e = fa.getScope();
    }
    if (!(e instanceof NameExpr n)) {
      return false;
    }
    String root = n.getNameAsString();
    return Character.isLowerCase(root.charAt(0))
        && !m.types.containsKey(root)
        && m.engine.index.fieldType(m.method.owner().name, root, m.method.file()) == null
        && Character.isUpperCase(f.getNameAsString().charAt(0));
  }

  @Nullable String typeOfPath(String path) {
    String root = MethodAnalyzer.root(path);
    String type = root.equals("this") ? m.method.owner().name : m.types.get(root);
    int i = root.length();
    if (root.equals("static")) {
      int dot = path.indexOf('.', 7);
      if (dot < 0) {
        return null;
      }
      type = path.substring(7, dot);
      i = dot;
    }
    while (type != null && i < path.length()) {
      int next = i + 1;
      while (next < path.length() && ".[{".indexOf(path.charAt(next)) < 0) {
        next++;
      }
      if (path.charAt(i) == '.') {
        String field = path.substring(i + 1, next);
        String ft = m.engine.index.fieldType(type, field, m.method.file());
        type = ft;
      } else {
        type = null;
      }
      i = next;
    }
    return type;
  }

  /** The type a static reference such as {@code Foo} or {@code java.net.URLDecoder} names. */
  @Nullable String typeName(Expression e) {
    if (!(e instanceof NameExpr || e instanceof FieldAccessExpr) || path(e) != null) {
      return null;
    }
    String name = Expressions.lastName(e);
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) ? name : null;
  }
}
