package dev.garlic.audit.constant;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations.Declaration;
import dev.garlic.audit.constant.Declarations.Kind;
import dev.garlic.audit.constant.TypeIndex.Located;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation: walks an expression tree, following names to their declarations. Not thread-safe;
 * one per {@link ConstantEvaluator#evaluate} call. Recursion is bounded, and a variable whose value
 * depends on itself has no value.
 */
final class Evaluation {

  private static final int MAX_DEPTH = 64;

  private final ProjectConstants project;
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  private int depth;

  Evaluation(ProjectConstants project) {
    this.project = project;
  }

  Optional<Object> value(Expression e, SourceFile file) {
    if (depth >= MAX_DEPTH) {
      return Optional.empty();
    }
    depth++;
    try {
      return compute(e, file);
    } catch (RuntimeException ex) {
      // Arithmetic or string operations that throw at run time have no constant value.
      return Optional.empty();
    } finally {
      depth--;
    }
  }

  Optional<String> string(Expression e, SourceFile file) {
    return value(e, file).filter(String.class::isInstance).map(String.class::cast);
  }

  private Optional<Object> compute(Expression e, SourceFile file) {
    return switch (e) {
      case StringLiteralExpr s -> Optional.of(s.asString());
      case TextBlockLiteralExpr t -> Optional.of(t.asString());
      case CharLiteralExpr c -> Optional.of(c.asChar());
      case IntegerLiteralExpr i -> Optional.of(i.asNumber());
      case LongLiteralExpr l -> Optional.of(l.asNumber());
      case DoubleLiteralExpr d ->
          Optional.of(
              d.getValue().toLowerCase(Locale.ROOT).endsWith("f")
                  ? (Object) (float) d.asDouble()
                  : (Object) d.asDouble());
      case BooleanLiteralExpr b -> Optional.of(b.getValue());
      case EnclosedExpr en -> value(en.getInner(), file);
      case CastExpr c ->
          value(c.getExpression(), file).flatMap(v -> Folding.cast(c.getType().asString(), v));
      case UnaryExpr u ->
          value(u.getExpression(), file).flatMap(v -> Folding.unary(u.getOperator(), v));
      case BinaryExpr b -> binary(b, file);
      case ConditionalExpr c -> conditional(c, file);
      case NameExpr n -> name(n, file);
      case FieldAccessExpr f -> fieldAccess(f, file);
      case MethodCallExpr m -> new Calls(this, project).value(m, file);
      default -> Optional.empty();
    };
  }

  private Optional<Object> binary(BinaryExpr b, SourceFile file) {
    BinaryExpr.Operator op = b.getOperator();
    Optional<Object> l = value(b.getLeft(), file);
    if (op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR) {
      boolean shortCircuit = op == BinaryExpr.Operator.OR;
      if (l.isPresent() && l.get().equals(shortCircuit)) {
        return l;
      }
      Optional<Object> r = value(b.getRight(), file);
      if (r.isPresent() && r.get().equals(shortCircuit)) {
        return r;
      }
      return l.isPresent() && r.isPresent()
          ? Folding.binary(op, l.get(), r.get())
          : Optional.empty();
    }
    if (l.isEmpty()) {
      return Optional.empty();
    }
    return value(b.getRight(), file).flatMap(r -> Folding.binary(op, l.get(), r));
  }

  private Optional<Object> conditional(ConditionalExpr c, SourceFile file) {
    Optional<Object> cond = value(c.getCondition(), file);
    if (cond.isPresent() && cond.get() instanceof Boolean b) {
      return value(b ? c.getThenExpr() : c.getElseExpr(), file);
    }
    Optional<Object> then = value(c.getThenExpr(), file);
    return then.isPresent() && then.equals(value(c.getElseExpr(), file)) ? then : Optional.empty();
  }

  private Optional<Object> name(NameExpr n, SourceFile file) {
    Optional<Declaration> d = Declarations.resolve(n);
    if (d.isPresent() && d.get().kind() == Kind.LOCAL) {
      Declaration local = d.get();
      return guarded(local.node(), () -> localAt(local, n, file));
    }
    if (d.isPresent()) {
      return declared(d.get(), file);
    }
    String name = n.getNameAsString();
    for (ImportDeclaration imp : file.unit().getImports()) {
      if (!imp.isStatic()) {
        continue;
      }
      String full = imp.getNameAsString();
      if (imp.isAsterisk()) {
        Optional<Object> v = qualified(full, name, n, file);
        if (v.isPresent()) {
          return v;
        }
      } else if (full.endsWith("." + name)) {
        return qualified(full.substring(0, full.length() - name.length() - 1), name, n, file);
      }
    }
    return inherited(n, name, file);
  }

  /** A name that is a field of a superclass of an enclosing project type. */
  private Optional<Object> inherited(Node use, String name, SourceFile file) {
    for (Node p = use; p != null; p = p.getParentNode().orElse(null)) {
      if (p instanceof TypeDeclaration<?> t) {
        Optional<Located> self = project.types().locate(t, file);
        Optional<Located> sup = self.flatMap(project.types()::superclass);
        for (int i = 0; sup.isPresent() && i < 16; i++) {
          Optional<Declaration> f = Declarations.fieldIn(sup.get().type(), name);
          if (f.isPresent()) {
            return declared(f.get(), sup.get().file());
          }
          sup = project.types().superclass(sup.get());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Object> fieldAccess(FieldAccessExpr f, SourceFile file) {
    if (f.getScope() instanceof ThisExpr) {
      return Declarations.resolve(f).flatMap(d -> declared(d, file));
    }
    String scope = f.getScope().toString();
    if (!scope.matches("[\\w$.]+")) {
      return Optional.empty();
    }
    return qualified(scope, f.getNameAsString(), f, file);
  }

  /** The field {@code field} of the type {@code typeName} as written at {@code use}. */
  private Optional<Object> qualified(String typeName, String field, Node use, SourceFile file) {
    Optional<Located> type = project.types().resolve(typeName, use, file);
    for (int i = 0; type.isPresent() && i < 16; i++) {
      Optional<Declaration> d = Declarations.fieldIn(type.get().type(), field);
      if (d.isPresent()) {
        return declared(d.get(), type.get().file());
      }
      type = project.types().superclass(type.get());
    }
    return project.jdkConstant(typeName, field, file);
  }

  /** The value of a variable declared in {@code file}. */
  Optional<Object> declared(Declaration d, SourceFile file) {
    return switch (d.kind()) {
      case PARAMETER -> springAnnotated(((Parameter) d.node()).getAnnotations());
      case LOCAL -> guarded(d.node(), () -> single(d, file));
      case FIELD -> field(d, file);
    };
  }

  private Optional<Object> field(Declaration d, SourceFile file) {
    Optional<Object> memo = project.field(d.node());
    if (memo != null) {
      return memo;
    }
    Optional<Object> v = guarded(d.node(), () -> fieldValue(d, file));
    if (inProgress.isEmpty()) {
      // Only a value computed without a cycle cut short is the field's value in every context.
      project.field(d.node(), v);
    }
    return v;
  }

  private Optional<Object> fieldValue(Declaration d, SourceFile file) {
    Optional<FieldDeclaration> fd = d.field();
    if (fd.isEmpty()) {
      return Optional.empty();
    }
    Optional<Object> spring = springAnnotated(fd.get().getAnnotations());
    if (spring.isPresent() || hasValueAnnotation(fd.get().getAnnotations())) {
      return spring;
    }
    boolean finalField = fd.get().hasModifier(Modifier.Keyword.FINAL) || interfaceField(fd.get());
    boolean privateField = fd.get().hasModifier(Modifier.Keyword.PRIVATE);
    if (!finalField && !privateField && project.writtenAnywhere(d.name())) {
      return Optional.empty();
    }
    return single(d, file);
  }

  private static boolean interfaceField(FieldDeclaration fd) {
    return fd.getParentNode()
        .filter(
            p ->
                p instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                    && c.isInterface())
        .isPresent();
  }

  /**
   * Every value {@code e} may have when each is a constant: the values of the assignments of a
   * local that reach the read, both sides of a ternary whose condition does not fold; empty when
   * any of them is unknown.
   */
  Optional<Set<Object>> possible(Expression e, SourceFile file) {
    if (e instanceof EnclosedExpr en) {
      return possible(en.getInner(), file);
    }
    if (e instanceof ConditionalExpr c && value(c.getCondition(), file).isEmpty()) {
      Optional<Set<Object>> a = possible(c.getThenExpr(), file);
      Optional<Set<Object>> b = possible(c.getElseExpr(), file);
      if (a.isEmpty() || b.isEmpty()) {
        return Optional.empty();
      }
      Set<Object> both = new java.util.LinkedHashSet<>(a.get());
      both.addAll(b.get());
      return Optional.of(both);
    }
    if (e instanceof NameExpr n) {
      Optional<Declaration> d = Declarations.resolve(n);
      if (d.isPresent() && d.get().kind() == Kind.LOCAL && d.get().assignments().isPresent()) {
        Optional<List<Expression>> reaching = new LocalFlow(this, file, d.get()).reaching(n);
        if (reaching.isPresent() && !reaching.get().isEmpty() && inProgress.add(d.get().node())) {
          try {
            Set<Object> all = new java.util.LinkedHashSet<>();
            for (Expression w : reaching.get()) {
              Optional<Set<Object>> v = possible(w, file);
              if (v.isEmpty()) {
                return Optional.empty();
              }
              all.addAll(v.get());
            }
            return Optional.of(all);
          } finally {
            inProgress.remove(d.get().node());
          }
        }
      }
    }
    Optional<Object> single = value(e, file);
    if (single.isPresent()) {
      return single.map(v -> Set.of(v));
    }
    return possibleField(e, file);
  }

  /**
   * The constants a private or final field of this file may hold: its initializer and every
   * assignment in its class, when each is a constant.
   */
  private Optional<Set<Object>> possibleField(Expression e, SourceFile file) {
    Optional<Declaration> d = Declarations.resolve(e);
    if (d.isEmpty() || d.get().kind() != Kind.FIELD || d.get().field().isEmpty()) {
      return Optional.empty();
    }
    FieldDeclaration fd = d.get().field().get();
    boolean closed =
        fd.hasModifier(Modifier.Keyword.PRIVATE) || fd.hasModifier(Modifier.Keyword.FINAL);
    Optional<List<Expression>> assignments = d.get().assignments();
    if (!closed || assignments.isEmpty() || !inProgress.add(d.get().node())) {
      return Optional.empty();
    }
    try {
      List<Expression> writes = new ArrayList<>();
      d.get().initializer().ifPresent(writes::add);
      writes.addAll(assignments.get());
      Set<Object> all = new java.util.LinkedHashSet<>();
      for (Expression w : writes) {
        Optional<Set<Object>> v = possible(w, file);
        if (v.isEmpty()) {
          return Optional.empty();
        }
        all.addAll(v.get());
      }
      return all.isEmpty() ? Optional.empty() : Optional.of(all);
    } finally {
      inProgress.remove(d.get().node());
    }
  }

  /**
   * The value of the local {@code d} where {@code use} reads it: what the reaching writes agree on.
   */
  private Optional<Object> localAt(Declaration d, NameExpr use, SourceFile file) {
    if (d.assignments().isEmpty()) {
      return Optional.empty();
    }
    Optional<List<Expression>> reaching = new LocalFlow(this, file, d).reaching(use);
    return reaching.isPresent() ? agreed(reaching.get(), file) : single(d, file);
  }

  /** The value every write of {@code d} (its initializer and its assignments) agrees on. */
  private Optional<Object> single(Declaration d, SourceFile file) {
    Optional<List<Expression>> assignments = d.assignments();
    if (assignments.isEmpty()) {
      return Optional.empty();
    }
    List<Expression> writes = new ArrayList<>();
    d.initializer().ifPresent(writes::add);
    writes.addAll(assignments.get());
    return agreed(writes, file);
  }

  private Optional<Object> agreed(List<Expression> writes, SourceFile file) {
    if (writes.isEmpty()) {
      return Optional.empty();
    }
    Optional<Object> agreed = Optional.empty();
    for (Expression w : writes) {
      Optional<Object> v = value(w, file);
      if (v.isEmpty() || (agreed.isPresent() && !Folding.same(agreed.get(), v.get()))) {
        return Optional.empty();
      }
      agreed = v;
    }
    return agreed;
  }

  private Optional<Object> guarded(Node key, java.util.function.Supplier<Optional<Object>> body) {
    if (!inProgress.add(key)) {
      return Optional.empty();
    }
    try {
      return body.get();
    } finally {
      inProgress.remove(key);
    }
  }

  private static boolean hasValueAnnotation(NodeList<AnnotationExpr> annotations) {
    return annotations.stream()
        .map(AnnotationExpr::getNameAsString)
        .anyMatch(n -> n.equals("Value") || n.endsWith(".Value"));
  }

  /** The value of a Spring {@code @Value("...")} among {@code annotations}. */
  private Optional<Object> springAnnotated(NodeList<AnnotationExpr> annotations) {
    for (AnnotationExpr a : annotations) {
      String n = a.getNameAsString();
      if (!n.equals("Value") && !n.endsWith(".Value")) {
        continue;
      }
      Expression member = null;
      if (a instanceof SingleMemberAnnotationExpr s) {
        member = s.getMemberValue();
      } else if (a instanceof NormalAnnotationExpr na) {
        member =
            na.getPairs().stream()
                .filter(p -> p.getNameAsString().equals("value"))
                .map(p -> p.getValue())
                .findFirst()
                .orElse(null);
      }
      if (member instanceof StringLiteralExpr lit) {
        return project.configuration().springValue(lit.asString()).map(v -> v);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The value a project method without parameters returns when its body is one {@code return} of a
   * constant; for getters such as {@code getAlgorithm()} or {@code Config.algorithm()}. Only
   * methods that cannot be overridden (static, private, final, or of a final class or record) are
   * followed, so that a subclass cannot change the answer.
   */
  Optional<Object> constantMethod(MethodCallExpr m, SourceFile file) {
    Optional<Node> body = Declarations.enclosingBody(m);
    return body.flatMap(b -> constantMethod(b, m.getNameAsString(), file));
  }

  /** The constant a parameterless, non-overridable method {@code name} of {@code type} returns. */
  Optional<Object> constantMethod(Node type, String name, SourceFile file) {
    boolean finalType =
        type instanceof com.github.javaparser.ast.body.RecordDeclaration
            || type instanceof com.github.javaparser.ast.expr.ObjectCreationExpr
            || (type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                && c.hasModifier(Modifier.Keyword.FINAL));
    for (BodyDeclaration<?> member : Declarations.members(type)) {
      if (member instanceof MethodDeclaration md
          && md.getNameAsString().equals(name)
          && md.getParameters().isEmpty()
          && md.getBody().isPresent()) {
        boolean fixed =
            finalType || md.isStatic() || md.isPrivate() || md.hasModifier(Modifier.Keyword.FINAL);
        NodeList<Statement> statements = md.getBody().get().getStatements();
        if (fixed
            && statements.size() == 1
            && statements.get(0) instanceof ReturnStmt r
            && r.getExpression().isPresent()) {
          Expression returned = r.getExpression().get();
          return guarded(md, () -> value(returned, file));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The constant a static parameterless method of the project type {@code typeName} returns. */
  Optional<Object> staticConstantMethod(String typeName, String name, Node use, SourceFile file) {
    return project
        .types()
        .resolve(typeName, use, file)
        .flatMap(t -> constantMethod(t.type(), name, t.file()));
  }

  boolean dead(Node node, SourceFile file) {
    return new Reachability(this).dead(node, file);
  }

  Optional<List<com.github.javaparser.ast.stmt.SwitchEntry>> liveEntries(
      com.github.javaparser.ast.stmt.SwitchStmt s, SourceFile file) {
    return new Reachability(this).liveEntries(s, file);
  }

  @Nullable Declaration declaration(Expression e) {
    return Declarations.resolve(e).orElse(null);
  }

  boolean isLocal(Declaration d) {
    return d.kind() == Kind.LOCAL;
  }
}
