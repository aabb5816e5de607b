package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lambdas, method references and anonymous classes: run with their parameters bound to the elements
 * when passed to a library method, run with the actual arguments when a variable holding one is
 * called, and (for anonymous classes) analysed where they are created.
 */
final class FunctionObjects {

  private final MethodAnalyzer m;
  private final Expressions x;
  private final LibraryCalls library;

  FunctionObjects(MethodAnalyzer m, Expressions x, LibraryCalls library) {
    this.m = m;
    this.x = x;
    this.library = library;
  }

  /**
   * Analyses the bodies of lambda arguments with their parameters bound to {@code element}, in a
   * copy of the current state (captured variables are visible); returns the join of their results.
   */
  Value analyseLambdas(NodeList<Expression> arguments, Taint element) {
    Value result = Value.CLEAN;
    for (Expression a : arguments) {
      if (a instanceof LambdaExpr l) {
        result = result.join(lambda(l, element));
      } else if (a instanceof MethodReferenceExpr r) {
        result = result.join(methodReference(r, element));
      }
    }
    return result;
  }

  private Value lambda(LambdaExpr l, Taint element) {
    return lambda(l, List.of(), element);
  }

  /** Runs {@code l} with parameter i bound to {@code params[i]} (or {@code rest} beyond). */
  private Value lambda(LambdaExpr l, List<Taint> params, Taint rest) {
    State saved = m.state;
    m.state = saved.copy();
    int i = 0;
    for (var p : l.getParameters()) {
      m.types.put(p.getNameAsString(), null);
      m.state.clear(p.getNameAsString());
      m.state.paths.put(p.getNameAsString(), i < params.size() ? params.get(i) : rest);
      i++;
    }
    Value v;
    if (l.getExpressionBody().isPresent()) {
      v = x.eval(l.getExpressionBody().get());
    } else {
      v = m.walkNested(l.getBody());
    }
    m.state = saved;
    return v;
  }

  /**
   * Calls method {@code name} of a function object created here (a lambda, a method reference or an
   * anonymous class held in a variable), with the argument taints; null when {@code closure} has no
   * such method.
   */
  @Nullable Value invokeClosure(Node closure, String name, List<Value> args) {
    List<Taint> taints = args.stream().map(Value::all).toList();
    if (closure instanceof LambdaExpr l && l.getParameters().size() == args.size()) {
      return lambda(l, taints, Taint.CLEAN);
    }
    if (closure instanceof MethodReferenceExpr r && !taints.isEmpty()) {
      Taint all = Taint.CLEAN;
      for (Taint t : taints) {
        all = all.join(t);
      }
      return methodReference(r, all);
    }
    if (closure instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
      for (BodyDeclaration<?> d : o.getAnonymousClassBody().get()) {
        if (d instanceof MethodDeclaration md
            && md.getNameAsString().equals(name)
            && md.getParameters().size() == args.size()
            && md.getBody().isPresent()) {
          State saved = m.state;
          m.state = saved.copy();
          for (int i = 0; i < args.size(); i++) {
            var p = md.getParameter(i);
            m.types.put(p.getNameAsString(), ProjectIndex.simpleName(p.getType()));
            m.state.clear(p.getNameAsString());
            m.state.paths.put(p.getNameAsString(), taints.get(i));
          }
          Value v = m.walkNested(md.getBody().get());
          m.state = saved;
          return v;
        }
      }
    }
    return null;
  }

  private Value methodReference(MethodReferenceExpr r, Taint element) {
    String name = r.getIdentifier();
    Expression scope = r.getScope();
    List<ProjectIndex.MethodInfo> targets;
    String type =
        scope instanceof com.github.javaparser.ast.expr.TypeExpr te
            ? ProjectIndex.simpleName(te.getType())
            : x.typeName(scope);
    if (scope instanceof ThisExpr) {
      targets = m.engine.index.resolve(m.method.owner().name, name, 1, m.method.file());
    } else if (type != null && m.engine.index.isProjectType(type)) {
      targets = m.engine.index.resolve(type, name, 1, m.method.file());
    } else {
      return library.reference(r, type, element);
    }
    Value result = Value.CLEAN;
    for (var t : targets) {
      Value v =
          new SummaryApplication(m, x, t, r)
              .apply(
                  x.read("this", m.method.owner().name), "this", List.of(Value.of(element)), null);
      result = result.join(v);
    }
    return result;
  }

  void analyseAnonymous(NodeList<BodyDeclaration<?>> body) {
    for (BodyDeclaration<?> d : body) {
      if (d instanceof MethodDeclaration md && md.getBody().isPresent()) {
        State saved = m.state;
        m.state = saved.copy();
        for (var p : md.getParameters()) {
          m.types.put(p.getNameAsString(), ProjectIndex.simpleName(p.getType()));
          m.state.paths.put(p.getNameAsString(), Taint.CLEAN);
        }
        m.walkNested(md.getBody().get());
        m.state = saved;
      }
    }
  }
}
