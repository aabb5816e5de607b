package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Calls and object creation in one method: resolves the project methods a call may run (the
 * enclosing classes for unqualified calls, the receiver's type and its subtypes otherwise) and
 * applies their summaries; closures called through a variable run their bodies; everything else is
 * judged as a library call by {@link LibraryCalls}.
 */
final class Calls {

  /** At most this many project methods are taken as targets of a call resolved by name alone. */
  private static final int MAX_NAME_CANDIDATES = 3;

  /**
   * A virtual call with more possible targets than this is not followed into them; it is judged
   * like a library call (its inputs reach its result).
   */
  static final int MAX_VIRTUAL_TARGETS = 8;

  private final MethodAnalyzer m;
  private final Expressions x;
  private final LibraryCalls library;
  private final FunctionObjects functions;

  Calls(MethodAnalyzer m, Expressions x, LibraryCalls library, FunctionObjects functions) {
    this.m = m;
    this.x = x;
    this.library = library;
    this.functions = functions;
  }

  Value call(MethodCallExpr call) {
    Expression scope = call.getScope().orElse(null);
    String name = call.getNameAsString();
    int argc = call.getArguments().size();
    Value receiver = Value.CLEAN;
    String receiverPath = null;
    String receiverType = null;
    List<ProjectIndex.MethodInfo> targets = List.of();
    ProjectIndex index = m.engine.index;
    if (scope == null || scope instanceof ThisExpr || scope.isSuperExpr()) {
      receiverPath = "this";
      receiverType = m.method.owner().name;
      targets = resolveInEnclosing(call, name, argc);
      if (!m.method.isStatic()) {
        receiver = x.read("this", receiverType);
      }
    } else {
      String staticType = x.typeName(scope);
      if (staticType != null) {
        receiverType = staticType;
        targets =
            index.isProjectType(staticType)
                ? index.resolve(staticType, name, argc, m.method.file())
                : List.of();
      } else {
        receiver = x.eval(scope);
        receiverPath = x.path(scope);
        receiverType = receiver.type() != null ? receiver.type() : null;
        if (index.isProjectType(receiverType)) {
          targets = index.resolve(receiverType, name, argc, m.method.file());
        } else if (receiverType == null
            && receiverPath != null
            && !library.known(null, name, argc)) {
          // A variable of unknown type (a lambda parameter, a var): a project method of that name
          // is the likely target when there are few of them; call chains are library calls.
          List<ProjectIndex.MethodInfo> candidates = index.byName(name, argc);
          targets = candidates.size() <= MAX_NAME_CANDIDATES ? candidates : List.of();
        }
      }
    }
    List<Value> args = x.args(call.getArguments());
    Node closure = receiverPath == null ? null : m.state.closures.get(receiverPath);
    if (closure != null && scope != null) {
      Value v = functions.invokeClosure(closure, name, args);
      if (v != null) {
        return v;
      }
    }
    if (targets.isEmpty()
        && receiverType != null
        && (name.equals("valueOf") || name.equals("name"))
        && isProjectEnum(receiverType)) {
      // Enum.valueOf returns a constant of the enum or throws; name() is a constant's name.
      return Value.CLEAN.withType(receiverType);
    }
    if (targets.isEmpty()
        && argc == 0
        && receiverType != null
        && index.recordComponents(receiverType, m.method.file()).contains(name)) {
      String componentType = index.fieldType(receiverType, name, m.method.file());
      if (componentType != null
          && !componentType.equals("byte")
          && Expressions.isNumeric(componentType)) {
        return Value.CLEAN.withType(componentType);
      }
      return Value.of(receiver.parts().getOrDefault("." + name, receiver.self()));
    }
    if (!targets.isEmpty() && targets.size() <= MAX_VIRTUAL_TARGETS) {
      x.analyseLambdas(call.getArguments(), Taint.CLEAN);
      return applyAll(targets, call, receiver, receiverPath, args, call.getArguments());
    }
    // A call with many possible targets (a framework's SPI with hundreds of implementations) is
    // treated like a library call: applying every implementation's summary at every call site made
    // the analysis quadratic on large code bases.
    return library.call(call, name, receiverType, receiver, receiverPath, args);
  }

  /** Calls in a method body that compare or look up a value: signs of a validator. */
  private static final Set<String> CHECKS =
      Set.of(
          "contains",
          "containsKey",
          "equals",
          "equalsIgnoreCase",
          "startsWith",
          "endsWith",
          "matches",
          "anyMatch",
          "allMatch");

  /**
   * Whether {@code call} runs a project method that validates its argument: every target is
   * declared {@code boolean} and compares or looks up something ({@code allowed.contains(host)},
   * {@code url.startsWith("/")}). A check such as {@code if (policy.mayRedirectTo(url))} then
   * cleans {@code url} on its true side, like a library allow-list check.
   */
  boolean isValidatorCall(MethodCallExpr call) {
    List<ProjectIndex.MethodInfo> targets = staticTargets(call);
    return !targets.isEmpty()
        && targets.stream()
            .allMatch(
                t ->
                    t.decl() instanceof com.github.javaparser.ast.body.MethodDeclaration md
                        && md.getType().asString().equals("boolean")
                        && !md.findAll(
                                MethodCallExpr.class, c -> CHECKS.contains(c.getNameAsString()))
                            .isEmpty());
  }

  /** The project methods {@code call} may run, resolved without evaluating anything. */
  private List<ProjectIndex.MethodInfo> staticTargets(MethodCallExpr call) {
    Expression scope = call.getScope().orElse(null);
    String name = call.getNameAsString();
    int argc = call.getArguments().size();
    ProjectIndex index = m.engine.index;
    if (scope == null || scope instanceof ThisExpr) {
      return resolveInEnclosing(call, name, argc);
    }
    String type = x.typeName(scope);
    if (type == null) {
      String path = x.path(scope);
      type = path == null ? null : x.typeOfPath(path);
    }
    return type != null && index.isProjectType(type)
        ? index.resolve(type, name, argc, m.method.file())
        : List.of();
  }

  private boolean isProjectEnum(String type) {
    return m.engine.index.visible(type, m.method.file()).stream()
        .anyMatch(t -> t.decl.isEnumDeclaration());
  }

  /** Unqualified calls: the current class, its supertypes and subtypes, then enclosing classes. */
  private List<ProjectIndex.MethodInfo> resolveInEnclosing(Node at, String name, int argc) {
    List<ProjectIndex.MethodInfo> found =
        m.engine.index.resolve(m.method.owner().name, name, argc, m.method.file());
    Node n = m.method.owner().decl;
    while (found.isEmpty() && n != null) {
      var outer = ProjectIndex.enclosingType(n);
      if (outer == null) {
        break;
      }
      found = m.engine.index.resolve(outer.getNameAsString(), name, argc, m.method.file());
      n = outer;
    }
    return found;
  }

  Value create(ObjectCreationExpr o) {
    String type = o.getType().getNameAsString();
    List<Value> args = x.args(o.getArguments());
    if (o.getAnonymousClassBody().isPresent()) {
      functions.analyseAnonymous(o.getAnonymousClassBody().get());
      return new Value(Taint.CLEAN, Map.of(), null, type);
    }
    ProjectIndex index = m.engine.index;
    if (index.isProjectType(type)) {
      List<ProjectIndex.MethodInfo> ctors = index.constructors(type, args.size(), m.method.file());
      List<String> components = index.recordComponents(type, m.method.file());
      if (ctors.isEmpty() && components.size() == args.size()) {
        // The canonical constructor of a record stores each argument in its component.
        Map<String, Taint> parts = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
          parts.put("." + components.get(i), args.get(i).all());
        }
        return new Value(Taint.CLEAN, parts, null, type);
      }
      if (ctors.isEmpty()) {
        return new Value(Taint.CLEAN, Map.of(), null, type);
      }
      Value v = applyAll(ctors, o, Value.CLEAN, null, args, o.getArguments());
      return v.withType(type);
    }
    return library.construct(o, type, args).withType(type);
  }

  /** {@code super(...)} or {@code this(...)} in a constructor: effects land on {@code this}. */
  void constructorCall(ExplicitConstructorInvocationStmt c) {
    List<Value> args = x.args(c.getArguments());
    String type =
        c.isThis()
            ? m.method.owner().name
            : m.method.owner().supertypes.isEmpty() ? null : m.method.owner().supertypes.getFirst();
    if (type == null || !m.engine.index.isProjectType(type)) {
      return;
    }
    List<ProjectIndex.MethodInfo> ctors =
        m.engine.index.constructors(type, args.size(), m.method.file());
    Value v = applyAll(ctors, c, Value.CLEAN, null, args, c.getArguments());
    v.parts().forEach((k, t) -> m.state.paths.put(State.bound("this" + k), t));
  }

  private Value applyAll(
      List<ProjectIndex.MethodInfo> targets,
      Node at,
      Value receiver,
      @Nullable String receiverPath,
      List<Value> args,
      NodeList<Expression> argExprs) {
    Value result = null;
    State before = m.state;
    State after = null;
    for (ProjectIndex.MethodInfo t : targets) {
      m.state = before.copy();
      Value v = new SummaryApplication(m, x, t, at).apply(receiver, receiverPath, args, argExprs);
      result = result == null ? v : result.join(v);
      after = after == null ? m.state : State.join(after, m.state);
    }
    m.state = after == null ? before : after;
    return result == null ? Value.CLEAN : result;
  }
}
