package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.garlic.protocol.finding.TraceStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates expressions of one method against its {@link State}: access paths for names, fields and
 * array elements, concatenation, assignments, conditionals, object creation and calls (project
 * calls through summaries, library calls through {@link LibraryCalls}).
 */
final class Expressions {

  private final MethodAnalyzer m;
  private final LibraryCalls library;
  private final FunctionObjects functions;
  private final AccessPaths paths;
  private final Calls calls;

  Expressions(MethodAnalyzer m) {
    this.m = m;
    this.library = new LibraryCalls(m, this);
    this.functions = new FunctionObjects(m, this, library);
    this.paths = new AccessPaths(m, this);
    this.calls = new Calls(m, this, library, functions);
  }

  LibraryCalls library() {
    return library;
  }

  /** The compile-time constant {@code e} folds to, or null. */
  @Nullable Object constant(Expression e) {
    return ConstantFolder.fold(e, this::namedConstant);
  }

  /** The constant {@code e} folds to from literals and static constants alone, or null. */
  @Nullable Object staticConstant(Expression e) {
    return ConstantFolder.fold(e, n -> isLocal(n) ? null : namedConstant(n));
  }

  private boolean isLocal(Expression e) {
    return e instanceof NameExpr n && m.types.containsKey(n.getNameAsString());
  }

  private @Nullable Object namedConstant(Expression e) {
    if (e instanceof NameExpr n) {
      String name = n.getNameAsString();
      if (m.types.containsKey(name)) {
        return m.state.constants.get(name);
      }
      return m.engine.index.constant(m.method.owner().name, name, m.method.file());
    }
    if (e instanceof FieldAccessExpr f) {
      return m.engine.index.constant(lastName(f.getScope()), f.getNameAsString(), m.method.file());
    }
    return null;
  }

  /** Types whose values are numbers or truth values: they carry no injected text. */
  private static final Set<String> NUMERIC =
      Set.of(
          "int",
          "long",
          "short",
          "byte",
          "double",
          "float",
          "boolean",
          "Integer",
          "Long",
          "Short",
          "Byte",
          "Double",
          "Float",
          "Boolean",
          "BigDecimal",
          "BigInteger");

  /** Whether a variable declared as {@code type} holds a number or truth value (not an array). */
  static boolean isNumeric(com.github.javaparser.ast.type.Type type) {
    return !type.isArrayType() && NUMERIC.contains(ProjectIndex.simpleName(type));
  }

  /** Whether {@code simpleType} names a number or truth value type. */
  static boolean isNumeric(String simpleType) {
    return NUMERIC.contains(simpleType);
  }

  static String lastName(Expression e) {
    return e instanceof FieldAccessExpr f ? f.getNameAsString() : e.toString();
  }

  Value eval(Expression e) {
    Object c = constant(e);
    if (c != null && !(e instanceof AssignExpr)) {
      return Value.constant(c);
    }
    return switch (e) {
      case NameExpr n -> read(n);
      case ThisExpr t -> read("this", m.method.owner().name);
      case FieldAccessExpr f -> readField(f);
      case ArrayAccessExpr a -> readElement(a);
      case EnclosedExpr en -> eval(en.getInner());
      case CastExpr cast ->
          eval(cast.getExpression()).withType(ProjectIndex.simpleName(cast.getType()));
      case BinaryExpr b -> binary(b);
      case UnaryExpr u -> unary(u);
      case AssignExpr a -> assignment(a);
      case ConditionalExpr ce -> conditional(ce);
      case VariableDeclarationExpr d -> {
        m.declare(d);
        yield Value.CLEAN;
      }
      case MethodCallExpr call -> calls.call(call);
      case ObjectCreationExpr o -> calls.create(o);
      case ArrayCreationExpr a -> a.getInitializer().map(this::arrayInit).orElse(Value.CLEAN);
      case ArrayInitializerExpr a -> arrayInit(a);
      case SwitchExpr s -> switchExpr(s);
      case LambdaExpr l -> Value.CLEAN;
      default -> Value.CLEAN;
    };
  }

  // ---- names and paths

  private Value read(NameExpr n) {
    String path = path(n);
    if (path == null) {
      return new Value(Taint.CLEAN, Map.of(), null, n.getNameAsString());
    }
    return read(path, typeOfPath(path));
  }

  Value read(String path, @Nullable String type) {
    Taint self = m.state.get(path);
    if (self == null) {
      self = defaultTaint(path);
    }
    Map<String, Taint> parts = m.state.partsOf(path);
    return new Value(self, parts, m.state.constants.get(path), type);
  }

  /** Taint of a path never assigned here: symbolic for parameters and the receiver, else clean. */
  private Taint defaultTaint(String path) {
    String root = MethodAnalyzer.root(path);
    if ((root.equals("this") && !m.method.isStatic()) || root.equals("outer")) {
      return Taint.of(Flow.symbolic(path));
    }
    Integer idx = m.params.get(root);
    if (idx != null && !m.state.assigned.contains(root) && !m.numeric.contains(root)) {
      return Taint.of(Flow.symbolic(m.symbolicPath(path)));
    }
    return Taint.CLEAN;
  }

  /** The access path of {@code e}, or null when it has none (a call result, a type name). */
  @Nullable String path(Expression e) {
    return paths.path(e);
  }

  @Nullable String typeOfPath(String path) {
    return paths.typeOfPath(path);
  }

  /** The type a static reference such as {@code Foo} or {@code java.net.URLDecoder} names. */
  @Nullable String typeName(Expression e) {
    return paths.typeName(e);
  }

  private Value readField(FieldAccessExpr f) {
    String p = path(f);
    if (p != null) {
      return read(p, typeOfPath(p));
    }
    if (f.getNameAsString().equals("length")) {
      return Value.CLEAN;
    }
    Value scope = eval(f.getScope());
    Taint t = scope.parts().getOrDefault("." + f.getNameAsString(), scope.self());
    return Value.of(t);
  }

  private Value readElement(ArrayAccessExpr a) {
    Value arr = eval(a.getName());
    eval(a.getIndex());
    Object idx = constant(a.getIndex());
    Taint t = arr.self().join(arr.parts().getOrDefault("[*]", Taint.CLEAN));
    if (idx instanceof Integer i) {
      t = t.join(arr.parts().getOrDefault("[" + i + "]", Taint.CLEAN));
    } else {
      t = arr.all();
    }
    return Value.of(t);
  }

  // ---- assignment

  private Value assignment(AssignExpr a) {
    Value v = eval(a.getValue());
    if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
      v = v.join(eval(a.getTarget())).withSelf(eval(a.getTarget()).self().join(v.all()));
      v = new Value(v.self(), v.parts(), null, v.type());
    }
    String p = path(a.getTarget());
    if (a.getTarget() instanceof ArrayAccessExpr arr && p != null && p.endsWith("[*]")) {
      eval(arr.getIndex());
      Taint old = m.state.paths.getOrDefault(p, Taint.CLEAN);
      m.state.paths.put(p, old.join(v.all()));
    } else if (p != null) {
      assign(p, v, a);
      if (a.getTarget() instanceof NameExpr n) {
        Conditions.noteCanonical(m, n.getNameAsString(), a.getValue());
      }
    }
    return v;
  }

  private void noteClosure(String path, Expression value) {
    Expression e = value;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
    }
    if (e instanceof LambdaExpr
        || e instanceof MethodReferenceExpr
        || (e instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent())) {
      m.state.closures.put(path, e);
    }
  }

  /** Strong update of {@code path} (and its parts) with {@code v}. */
  void assign(String path, Value v, Node at) {
    String p = State.bound(path);
    m.state.clear(p);
    if (m.params.containsKey(p)) {
      m.state.assigned.add(p);
    }
    if (m.numeric.contains(p)) {
      v = new Value(Taint.CLEAN, Map.of(), v.constant(), m.types.get(p));
    }
    Taint self = v.self();
    if (!self.isClean() && !p.startsWith("this") && at.getBegin().isPresent()) {
      self = self.step(m.step(at, "assigned to " + p));
    }
    m.state.paths.put(p, self);
    if (at instanceof com.github.javaparser.ast.body.VariableDeclarator d
        && d.getInitializer().isPresent()) {
      noteClosure(p, d.getInitializer().get());
    } else if (at instanceof AssignExpr a) {
      noteClosure(p, a.getValue());
    }
    v.parts().forEach((k, t) -> m.state.paths.put(State.bound(p + k), t));
    if (v.constant() instanceof CollectionCalls.ListSize size) {
      m.state.sizes.put(p, size.size());
    } else if (v.constant() != null) {
      m.state.constants.put(p, v.constant());
    }
  }

  // ---- operators

  private Value binary(BinaryExpr b) {
    Value l = eval(b.getLeft());
    Value r = eval(b.getRight());
    if (b.getOperator() != BinaryExpr.Operator.PLUS) {
      return Value.CLEAN;
    }
    return Value.of(l.all().join(r.all())).withType("String");
  }

  private Value unary(UnaryExpr u) {
    Value v = eval(u.getExpression());
    String p = path(u.getExpression());
    if (p != null && (u.getOperator().name().contains("CREMENT"))) {
      m.state.constants.remove(p);
    }
    return Value.CLEAN.withType(v.type());
  }

  private Value conditional(ConditionalExpr c) {
    Object cond = eval(c.getCondition()).constant();
    if (cond instanceof Boolean b) {
      return eval(b ? c.getThenExpr() : c.getElseExpr());
    }
    State before = m.state;
    m.state = before.copy();
    Conditions.refine(m, c.getCondition(), true);
    Value t = eval(c.getThenExpr());
    State afterThen = m.state;
    m.state = before.copy();
    Conditions.refine(m, c.getCondition(), false);
    Value e = eval(c.getElseExpr());
    m.state = State.join(afterThen, m.state);
    return t.join(e);
  }

  private Value arrayInit(ArrayInitializerExpr a) {
    Map<String, Taint> parts = new HashMap<>();
    NodeList<Expression> values = a.getValues();
    for (int i = 0; i < values.size(); i++) {
      Taint t = eval(values.get(i)).all();
      if (!t.isClean()) {
        parts.put("[" + i + "]", t);
      }
    }
    return new Value(Taint.CLEAN, parts, null, null);
  }

  private Value switchExpr(SwitchExpr s) {
    Object selector = constant(s.getSelector());
    List<SwitchEntry> entries = s.getEntries();
    if (selector != null) {
      int i = m.matchingEntry(entries, selector);
      return i < 0 ? Value.CLEAN : entryValue(entries.get(i));
    }
    eval(s.getSelector());
    Value v = Value.CLEAN;
    for (SwitchEntry e : entries) {
      v = v.join(entryValue(e));
    }
    return v;
  }

  private Value entryValue(SwitchEntry e) {
    Value v = Value.CLEAN;
    State before = m.state.copy();
    for (var st : e.getStatements()) {
      if (st.isExpressionStmt()) {
        v = v.join(eval(st.asExpressionStmt().getExpression()));
      } else if (st.isYieldStmt()) {
        v = v.join(eval(st.asYieldStmt().getExpression()));
      } else if (st.isBlockStmt()) {
        for (var y : st.findAll(com.github.javaparser.ast.stmt.YieldStmt.class)) {
          v = v.join(eval(y.getExpression()));
        }
      }
    }
    m.state = State.join(before, m.state);
    return v;
  }

  // ---- calls

  List<Value> args(NodeList<Expression> arguments) {
    List<Value> values = new ArrayList<>();
    for (Expression a : arguments) {
      values.add(
          a instanceof LambdaExpr || a instanceof MethodReferenceExpr ? Value.CLEAN : eval(a));
    }
    return values;
  }

  /** See {@link Calls#isValidatorCall}. */
  boolean isValidatorCall(MethodCallExpr call) {
    return calls.isValidatorCall(call);
  }

  /** {@code super(...)} or {@code this(...)} in a constructor: effects land on {@code this}. */
  void constructorCall(ExplicitConstructorInvocationStmt c) {
    calls.constructorCall(c);
  }

  /** See {@link FunctionObjects#analyseLambdas}. */
  Value analyseLambdas(NodeList<Expression> arguments, Taint element) {
    return functions.analyseLambdas(arguments, element);
  }

  TraceStep step(Node at, String description) {
    return m.step(at, description);
  }
}
