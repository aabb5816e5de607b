package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import dev.garlic.protocol.finding.TraceStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Applies a callee's {@link Summary} at one call site: replaces its symbolic origins by the actual
 * taint of the receiver and arguments, yields the returned value, writes its field effects into the
 * caller's state, and reports the sink hits that become concrete (or passes them up as the caller's
 * own symbolic hits).
 */
final class SummaryApplication {

  private final MethodAnalyzer caller;
  private final Expressions expressions;
  private final ProjectIndex.MethodInfo callee;
  private final Node at;

  SummaryApplication(
      MethodAnalyzer caller, Expressions expressions, ProjectIndex.MethodInfo callee, Node at) {
    this.caller = caller;
    this.expressions = expressions;
    this.callee = callee;
    this.at = at;
  }

  Value apply(
      Value receiver,
      @Nullable String receiverPath,
      List<Value> args,
      @Nullable NodeList<Expression> argExprs) {
    Summary s = caller.engine.summary(callee);
    Actuals actuals = new Actuals(receiver, args, argExprs);
    String name = callee.owner().name + "." + callee.decl().getNameAsString();
    TraceStep back = caller.step(at, "returned from " + name);
    Value ret = s.returned();
    Map<String, Taint> parts = new HashMap<>();
    Taint self = ret.self();
    if (returnsReceiver(ret)) {
      // A fluent call (a builder's setter) returns its receiver: the receiver's own parts, with
      // those the call wrote, rather than everything the receiver holds joined into one value.
      parts.putAll(receiver.parts());
      self =
          new Taint(ret.self().flows().stream().filter(f -> !isReceiver(f)).toList())
              .join(receiver.self());
    }
    ret.parts().forEach((k, t) -> parts.put(k, instantiate(t, actuals).step(back)));
    Object constant = ret.constant() instanceof CollectionCalls.ListSize ? null : ret.constant();
    Value result =
        returnsNumber()
            ? new Value(Taint.CLEAN, Map.of(), constant, returnType(ret.type()))
            : new Value(
                instantiate(self, actuals).step(back), parts, constant, returnType(ret.type()));
    for (Map.Entry<String, Taint> e : s.effects().entrySet()) {
      String target = target(e.getKey(), receiverPath, argExprs);
      if (target != null) {
        caller.state.paths.put(State.bound(target), instantiate(e.getValue(), actuals));
      }
    }
    for (Summary.Hit h : s.hits()) {
      int guard = -1;
      if (h.guardParam() >= 0) {
        Value writer = actuals.arg(h.guardParam(), false);
        if (!h.guardType().equals(writer.type())) {
          // Not the response's writer here; perhaps the caller's own parameter is, one level up.
          guard = guardOfCaller(h.guardParam(), argExprs);
          if (guard < 0) {
            continue;
          }
        }
      }
      for (Flow f : instantiate(Taint.of(h.flow()), actuals).flows()) {
        if (!f.liveFor(h.rule())) {
          continue;
        }
        if (f.isSymbolic() || guard >= 0) {
          caller.hits.add(
              new Summary.Hit(h.rule(), f, h.sink(), h.fingerprint(), guard, h.guardType()));
        } else {
          caller.engine.report(h.rule(), f, h.sink(), h.fingerprint());
        }
      }
    }
    return result;
  }

  private boolean returnsReceiver(Value ret) {
    return !callee.isStatic()
        && !callee.decl().isConstructorDeclaration()
        && ret.self().flows().stream().anyMatch(SummaryApplication::isReceiver);
  }

  private static boolean isReceiver(Flow f) {
    return f.isSymbolic() && f.symbol().equals("this");
  }

  /** Whether the callee is declared to return a number or truth value: no text comes back. */
  private boolean returnsNumber() {
    return callee.decl() instanceof com.github.javaparser.ast.body.MethodDeclaration md
        && Expressions.isNumeric(md.getType());
  }

  /** The index of the caller's own untouched parameter passed at {@code param}, or -1. */
  private int guardOfCaller(int param, @Nullable NodeList<Expression> argExprs) {
    if (argExprs == null || param >= argExprs.size() || !argExprs.get(param).isNameExpr()) {
      return -1;
    }
    String name = argExprs.get(param).asNameExpr().getNameAsString();
    Integer idx = caller.params.get(name);
    return idx == null || caller.state.assigned.contains(name) ? -1 : idx;
  }

  private @Nullable String returnType(@Nullable String summaryType) {
    if (callee.decl() instanceof com.github.javaparser.ast.body.MethodDeclaration md) {
      return ProjectIndex.simpleName(md.getType());
    }
    return summaryType;
  }

  /** The caller's path an effect on {@code this.f} or {@code p1.f} lands on, or null. */
  private @Nullable String target(
      String effect, @Nullable String receiverPath, @Nullable NodeList<Expression> argExprs) {
    String root = MethodAnalyzer.root(effect);
    String rest = effect.substring(root.length());
    if (root.equals("static")) {
      return effect;
    }
    if (root.equals("outer")) {
      return caller.method.isStatic() ? null : "this" + rest;
    }
    if (root.equals("this")) {
      return receiverPath == null || callee.decl().isConstructorDeclaration()
          ? null
          : receiverPath + rest;
    }
    if (argExprs == null || rest.isEmpty()) {
      return null;
    }
    int idx = Integer.parseInt(root.substring(1));
    if (idx >= argExprs.size()) {
      return null;
    }
    String p = expressions.path(argExprs.get(idx));
    return p == null ? null : p + rest;
  }

  private Taint instantiate(Taint t, Actuals actuals) {
    Taint out = Taint.CLEAN;
    for (Flow f : t.flows()) {
      if (!f.isSymbolic()) {
        out = out.join(Taint.of(f));
        continue;
      }
      String symbol = f.symbol();
      String root = MethodAnalyzer.root(symbol);
      String rest = symbol.substring(root.length());
      Value base;
      String how;
      if (root.equals("outer")) {
        base =
            caller.method.isStatic() ? Value.CLEAN : caller.expressions.read("this" + rest, null);
        rest = "";
        how = "used by " + callee.owner().name + "." + callee.decl().getNameAsString();
      } else if (root.equals("this")) {
        base = actuals.receiver;
        how = "receiver of " + callee.owner().name + "." + callee.decl().getNameAsString();
      } else {
        int idx = Integer.parseInt(root.substring(1));
        base = actuals.arg(idx, callee.varargs() && idx == callee.arity() - 1);
        how =
            "passed to "
                + callee.owner().name
                + "."
                + callee.decl().getNameAsString()
                + " as argument "
                + (idx + 1);
      }
      Taint actual = select(base, rest);
      TraceStep callStep = caller.step(at, how);
      out = out.join(actual.map(a -> f.instantiate(a, callStep)));
    }
    return out;
  }

  /** The part {@code rest} of {@code base}, or all of it when {@code rest} is empty. */
  private static Taint select(Value base, String rest) {
    if (rest.isEmpty()) {
      return base.all();
    }
    Taint t = Taint.CLEAN;
    boolean found = false;
    for (Map.Entry<String, Taint> e : base.parts().entrySet()) {
      if (State.under(e.getKey(), rest)) {
        t = t.join(e.getValue());
        found = true;
      }
    }
    Taint fromSelf = symbolicPart(base, rest);
    if (!found) {
      return fromSelf;
    }
    // The object's shape is known here; only a symbolic whole may still hold the part.
    return t.join(new Taint(fromSelf.flows().stream().filter(Flow::isSymbolic).toList()));
  }

  /** A part of an object of unknown shape: symbolic origins extend by the path, others stay. */
  private static Taint symbolicPart(Value base, String rest) {
    return base.self().map(f -> f.isSymbolic() ? Flow.symbolic(f.symbol() + rest).withSteps(f) : f);
  }

  private record Actuals(Value receiver, List<Value> args, @Nullable NodeList<Expression> exprs) {
    Value arg(int idx, boolean varargs) {
      if (idx >= args.size()) {
        return Value.CLEAN;
      }
      if (!varargs) {
        return args.get(idx);
      }
      Value v = Value.CLEAN;
      for (int i = idx; i < args.size(); i++) {
        v = v.join(args.get(i));
      }
      return v;
    }
  }
}
