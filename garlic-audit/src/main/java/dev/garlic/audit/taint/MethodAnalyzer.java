package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.TraceStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flow-sensitive walk of one method's statements: keeps a {@link State}, joins at merges,
 * iterates loops to a fixpoint, takes only the feasible branch of conditions that fold to
 * constants, and refines taint on allow-list and containment checks. Expressions are evaluated by
 * {@link Expressions}. Produces the method's {@link Summary}.
 */
final class MethodAnalyzer {

  private static final int LOOP_ROUNDS = 4;

  final TaintEngine engine;
  final ProjectIndex.MethodInfo method;
  final Map<String, Integer> params = new HashMap<>();
  final Map<String, String> types = new HashMap<>();

  /**
   * Variables declared with a numeric or boolean type: whatever is assigned, they carry no text.
   */
  final java.util.Set<String> numeric = new java.util.HashSet<>();

  final Hits hits = new Hits();
  final Expressions expressions;
  State state = new State();
  private final List<State> exits = new ArrayList<>();
  private final List<Value> returns = new ArrayList<>();
  private final Deque<List<State>> breaks = new ArrayDeque<>();
  private final Deque<List<State>> continues = new ArrayDeque<>();

  MethodAnalyzer(TaintEngine engine, ProjectIndex.MethodInfo method) {
    this.engine = engine;
    this.method = method;
    this.expressions = new Expressions(this);
  }

  Summary analyse() {
    CallableDeclaration<?> decl = method.decl();
    int i = 0;
    for (Parameter p : decl.getParameters()) {
      String name = p.getNameAsString();
      params.put(name, i);
      types.put(name, ProjectIndex.simpleName(p.getType()));
      if (Expressions.isNumeric(p.getType())) {
        numeric.add(name);
      }
      for (AnnotationExpr a : p.getAnnotations()) {
        if (engine.spec.sourceAnnotations().contains(a.getNameAsString())) {
          TraceStep origin =
              step(p, "read from @" + a.getNameAsString() + " parameter \"" + name + "\"");
          state.paths.put(name, Taint.of(Flow.source(origin)));
          state.assigned.add(name);
        }
      }
      i++;
    }
    BlockStmt body =
        decl instanceof com.github.javaparser.ast.body.MethodDeclaration m
            ? m.getBody().orElse(new BlockStmt())
            : ((com.github.javaparser.ast.body.ConstructorDeclaration) decl).getBody();
    walk(body);
    if (!state.dead) {
      exits.add(state);
    }
    State end = State.deadState();
    for (State s : exits) {
      end = State.join(end, s);
    }
    // Joined from the first return, so that a method that always returns one constant keeps it.
    Value ret = returns.isEmpty() ? Value.CLEAN : returns.getFirst();
    for (Value v : returns) {
      ret = ret.join(v);
    }
    Map<String, Taint> effects = new HashMap<>();
    for (Map.Entry<String, Taint> e : end.paths.entrySet()) {
      String root = root(e.getKey());
      boolean nested = e.getKey().length() > root.length();
      if (root.equals("this")
          || root.equals("outer")
          || root.equals("static")
          || (nested && params.containsKey(root))) {
        String symbolic = symbolicPath(e.getKey());
        effects.put(symbolic, e.getValue());
      }
    }
    if (decl.isConstructorDeclaration()) {
      Map<String, Taint> parts = new HashMap<>();
      effects.forEach(
          (k, v) -> {
            if (k.startsWith("this.")) {
              parts.put(k.substring(4), v);
            }
          });
      ret = new Value(Taint.CLEAN, parts, null, method.owner().name);
    }
    return new Summary(ret, effects, hits.toList());
  }

  /** {@code x.a} for parameter {@code x} at index 0 becomes {@code p0.a}. */
  String symbolicPath(String path) {
    String root = root(path);
    Integer idx = params.get(root);
    return idx != null && !root.equals("this") ? "p" + idx + path.substring(root.length()) : path;
  }

  static String root(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[' || c == '{') {
        return path.substring(0, i);
      }
    }
    return path;
  }

  /** A trace step at {@code node}'s line. */
  TraceStep step(Node node, String description) {
    int line = node.getBegin().map(p -> p.line).orElse(1);
    return new TraceStep(Location.line(method.file().path(), line), description, code(line));
  }

  String code(int line) {
    return engine.index.line(method.file(), line);
  }

  void walk(Statement s) {
    if (state.dead) {
      return;
    }
    switch (s) {
      case BlockStmt b -> b.getStatements().forEach(this::walk);
      case com.github.javaparser.ast.stmt.ExpressionStmt e -> expressions.eval(e.getExpression());
      case IfStmt i -> walkIf(i);
      case WhileStmt w -> loop(w.getCondition(), w.getBody(), List.of(), false);
      case DoStmt d -> loop(d.getCondition(), d.getBody(), List.of(), true);
      case ForStmt f -> {
        f.getInitialization().forEach(expressions::eval);
        loop(
            f.getCompare().orElse(new com.github.javaparser.ast.expr.BooleanLiteralExpr(true)),
            f.getBody(),
            f.getUpdate(),
            false);
      }
      case ForEachStmt f -> walkForEach(f);
      case ReturnStmt r -> {
        if (r.getExpression().isPresent()) {
          Value v = expressions.eval(r.getExpression().get());
          returns.add(v);
          springRedirect(r.getExpression().get(), v);
        }
        exits.add(state.copy());
        state.dead = true;
      }
      case com.github.javaparser.ast.stmt.ThrowStmt t -> {
        expressions.eval(t.getExpression());
        state.dead = true;
      }
      case com.github.javaparser.ast.stmt.BreakStmt b -> {
        if (!breaks.isEmpty()) {
          breaks.peek().add(state.copy());
        }
        state.dead = true;
      }
      case com.github.javaparser.ast.stmt.ContinueStmt c -> {
        if (!continues.isEmpty()) {
          continues.peek().add(state.copy());
        }
        state.dead = true;
      }
      case TryStmt t -> walkTry(t);
      case SwitchStmt sw -> walkSwitch(sw);
      case com.github.javaparser.ast.stmt.SynchronizedStmt sy -> walk(sy.getBody());
      case com.github.javaparser.ast.stmt.LabeledStmt l -> walk(l.getStatement());
      case ExplicitConstructorInvocationStmt c -> expressions.constructorCall(c);
      case com.github.javaparser.ast.stmt.YieldStmt y ->
          returns.add(expressions.eval(y.getExpression()));
      default -> {}
    }
  }

  /**
   * A Spring controller returning {@code "redirect:" + url} redirects to {@code url}: an open
   * redirect when it is untrusted.
   */
  private void springRedirect(Expression e, Value v) {
    Expression left = e;
    while (left instanceof com.github.javaparser.ast.expr.BinaryExpr b) {
      left = b.getLeft();
    }
    if (left instanceof com.github.javaparser.ast.expr.StringLiteralExpr s
        && s.asString().startsWith("redirect:")
        && !LibraryCalls.fixesTarget(s.asString().substring("redirect:".length()), true)
        && left != e) {
      expressions.library().reach("open-redirect", v.all(), e, "a Spring redirect view");
    }
  }

  private void walkIf(IfStmt i) {
    // Evaluated once: a constant, or a call of a project method that always returns one.
    Object c = expressions.eval(i.getCondition()).constant();
    if (c instanceof Boolean b) {
      if (b) {
        walk(i.getThenStmt());
      } else {
        i.getElseStmt().ifPresent(this::walk);
      }
      return;
    }
    State before = state;
    state = before.copy();
    Conditions.refine(this, i.getCondition(), true);
    walk(i.getThenStmt());
    State afterThen = state;
    state = before.copy();
    Conditions.refine(this, i.getCondition(), false);
    i.getElseStmt().ifPresent(this::walk);
    state = State.join(afterThen, state);
  }

  private void loop(Expression cond, Statement body, List<Expression> update, boolean bodyFirst) {
    // Locals change inside the loop: only literals and static constants decide it statically.
    Object c = expressions.staticConstant(cond);
    if (Boolean.FALSE.equals(c) && !bodyFirst) {
      return;
    }
    List<State> broke = new ArrayList<>();
    State head = state.copy();
    for (int round = 0; round < LOOP_ROUNDS; round++) {
      List<State> cont = new ArrayList<>();
      breaks.push(broke);
      continues.push(cont);
      state = head.copy();
      if (!bodyFirst || round > 0) {
        expressions.eval(cond);
        Conditions.refine(this, cond, true);
      }
      walk(body);
      for (State s : cont) {
        state = State.join(state, s);
      }
      update.forEach(expressions::eval);
      breaks.pop();
      continues.pop();
      State next = State.join(head, state);
      if (next.sameAs(head)) {
        break;
      }
      head = next;
    }
    state = head.copy();
    if (Boolean.TRUE.equals(c)) {
      state = State.deadState();
    } else {
      Conditions.refine(this, cond, false);
    }
    for (State s : broke) {
      state = State.join(state, s);
    }
  }

  private void walkForEach(ForEachStmt f) {
    Value iterable = expressions.eval(f.getIterable());
    VariableDeclarator v = f.getVariable().getVariables().getFirst().get();
    String name = v.getNameAsString();
    types.put(name, ProjectIndex.simpleName(v.getType()));
    List<State> broke = new ArrayList<>();
    State head = state.copy();
    for (int round = 0; round < LOOP_ROUNDS; round++) {
      List<State> cont = new ArrayList<>();
      breaks.push(broke);
      continues.push(cont);
      state = head.copy();
      expressions.assign(name, Value.of(iterable.all()), f);
      walk(f.getBody());
      for (State s : cont) {
        state = State.join(state, s);
      }
      breaks.pop();
      continues.pop();
      State next = State.join(head, state);
      if (next.sameAs(head)) {
        break;
      }
      head = next;
    }
    state = head;
    for (State s : broke) {
      state = State.join(state, s);
    }
  }

  private void walkTry(TryStmt t) {
    for (Expression r : t.getResources()) {
      expressions.eval(r);
    }
    State before = state.copy();
    walk(t.getTryBlock());
    State after = state;
    State joined = after;
    for (var c : t.getCatchClauses()) {
      state = State.join(before, after);
      state.dead = false;
      walk(c.getBody());
      joined = State.join(joined, state);
    }
    state = joined;
    if (t.getFinallyBlock().isPresent()) {
      boolean dead = state.dead;
      state.dead = false;
      walk(t.getFinallyBlock().get());
      state.dead = state.dead || dead;
    }
  }

  private void walkSwitch(SwitchStmt sw) {
    Object selector = expressions.constant(sw.getSelector());
    if (selector == null) {
      expressions.eval(sw.getSelector());
    }
    List<SwitchEntry> entries = sw.getEntries();
    int start = selector == null ? -1 : matchingEntry(entries, selector);
    List<State> broke = new ArrayList<>();
    breaks.push(broke);
    State before = state.copy();
    State end = State.deadState();
    boolean hasDefault = entries.stream().anyMatch(SwitchEntry::isDefault);
    if (start >= 0) {
      walkEntries(entries, start);
      end = state;
    } else {
      for (int i = 0; i < entries.size(); i++) {
        state = before.copy();
        walkEntries(entries, i);
        end = State.join(end, state);
      }
      if (!hasDefault) {
        end = State.join(end, before);
      }
    }
    breaks.pop();
    state = end;
    for (State s : broke) {
      state = State.join(state, s);
    }
  }

  /** Runs entries from {@code from}, falling through old-style entries until a break. */
  private void walkEntries(List<SwitchEntry> entries, int from) {
    for (int i = from; i < entries.size() && !state.dead; i++) {
      SwitchEntry e = entries.get(i);
      e.getStatements().forEach(this::walk);
      if (e.getType() != SwitchEntry.Type.STATEMENT_GROUP) {
        break;
      }
    }
  }

  /** The entry whose label equals {@code selector}, else the default entry, else -1. */
  int matchingEntry(List<SwitchEntry> entries, Object selector) {
    int dflt = -1;
    for (int i = 0; i < entries.size(); i++) {
      SwitchEntry e = entries.get(i);
      if (e.isDefault()) {
        dflt = i;
      }
      for (Expression label : e.getLabels()) {
        Object c = expressions.constant(label);
        if (c == null && label.isNameExpr()) {
          c = label.asNameExpr().getNameAsString(); // enum constant
        }
        if (selector.equals(c)) {
          return i;
        }
      }
    }
    return dflt;
  }

  /**
   * Walks a nested body (a lambda's or an anonymous class method's) whose returns are its own, and
   * gives the join of the values it returns.
   */
  Value walkNested(Statement body) {
    List<State> savedExits = new ArrayList<>(exits);
    List<Value> savedReturns = new ArrayList<>(returns);
    exits.clear();
    returns.clear();
    walk(body);
    Value v = Value.CLEAN;
    for (Value r : returns) {
      v = v.join(r);
    }
    exits.clear();
    exits.addAll(savedExits);
    returns.clear();
    returns.addAll(savedReturns);
    return v;
  }

  /** Declares a local variable and assigns its initializer. */
  void declare(VariableDeclarationExpr d) {
    for (VariableDeclarator v : d.getVariables()) {
      String name = v.getNameAsString();
      params.remove(name);
      String declared = ProjectIndex.simpleName(v.getType());
      types.put(name, declared.equals("var") ? null : declared);
      if (Expressions.isNumeric(v.getType())) {
        numeric.add(name);
      } else {
        numeric.remove(name);
      }
      Optional<Expression> init = v.getInitializer();
      if (init.isPresent()) {
        Value value = expressions.eval(init.get());
        // The initializer's type, when known, is at least as precise as the declared one (a new
        // of one implementation); a join of several types has none, and the declared type stays.
        if (value.type() != null
            && (declared.equals("var")
                || value.type().startsWith("~")
                || engine.index.isProjectType(value.type()))) {
          types.put(name, value.type());
        }
        expressions.assign(name, value, v);
        Conditions.noteCanonical(this, name, init.get());
      } else {
        state.clear(name);
        state.paths.put(name, Taint.CLEAN);
      }
    }
  }
}
