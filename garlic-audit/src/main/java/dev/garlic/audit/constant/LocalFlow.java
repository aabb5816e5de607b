package dev.garlic.audit.constant;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The assignments of a local variable that may reach one of its reads, found by walking back from
 * the read through the statements before it: an assignment on every path hides the ones before it,
 * one on some paths ({@code if} without {@code else}, loops, {@code try}) adds to them, and a
 * branch whose condition folds to a constant is taken or skipped as the program would. Loops and
 * {@code switch} are treated as "may assign anything they assign".
 */
final class LocalFlow {

  private final Evaluation evaluation;
  private final SourceFile file;
  private final Declaration variable;

  LocalFlow(Evaluation evaluation, SourceFile file, Declaration variable) {
    this.evaluation = evaluation;
    this.file = file;
    this.variable = variable;
  }

  /** What one statement does to the variable: the values it may leave, and whether surely. */
  private record Effect(boolean definite, List<Expression> values) {
    static final Effect NONE = new Effect(false, List.of());
  }

  /**
   * The expressions whose value the variable may hold at {@code use}, or empty when the read is
   * inside a lambda or a local or anonymous class (the caller then falls back to "every write").
   */
  Optional<List<Expression>> reaching(NameExpr use) {
    List<Expression> values = new ArrayList<>();
    Node cur = use;
    for (Node parent = use.getParentNode().orElse(null);
        parent != null;
        cur = parent, parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof LambdaExpr
          || parent instanceof LocalClassDeclarationStmt
          || cur instanceof BodyDeclaration<?>) {
        return Optional.empty();
      }
      if (isLoop(parent)) {
        values.addAll(writesIn(parent));
      }
      if (parent instanceof TryStmt t
          && cur != t.getTryBlock()
          && !t.getResources().contains(cur)) {
        values.addAll(writesIn(t.getTryBlock()));
      }
      if (parent instanceof SwitchStmt s) {
        // Entries before this one may fall through into it; without a folded selector, take all.
        Optional<List<SwitchEntry>> live = evaluation.liveEntries(s, file);
        if (live.isEmpty()) {
          values.addAll(writesIn(s));
        } else {
          for (SwitchEntry e : live.get()) {
            if (e == cur) {
              break;
            }
            values.addAll(writesIn(e));
          }
        }
      }
      NodeList<Statement> statements = statementsOf(parent);
      if (statements != null && cur instanceof Statement st) {
        int at = indexOf(statements, st);
        for (int i = at - 1; i >= 0; i--) {
          Effect e = effect(statements.get(i));
          values.addAll(e.values());
          if (e.definite()) {
            return Optional.of(values);
          }
        }
      }
      if (parent == variable.scope()
          && !(parent instanceof BlockStmt || parent instanceof SwitchEntry)) {
        // Declared in a for header or try resources: the initializer is the first write.
        variable.initializer().ifPresent(values::add);
        return Optional.of(values);
      }
      if (parent instanceof BodyDeclaration<?>) {
        return Optional.of(values);
      }
    }
    return Optional.of(values);
  }

  private Effect effect(Statement s) {
    if (s instanceof ExpressionStmt es) {
      Expression e = es.getExpression();
      if (e instanceof VariableDeclarationExpr vde) {
        for (VariableDeclarator v : vde.getVariables()) {
          if (v == variable.node()) {
            return new Effect(true, v.getInitializer().map(List::of).orElse(List.of()));
          }
        }
      }
      if (e instanceof AssignExpr a && writes(a.getTarget())) {
        return new Effect(true, List.of(a.getValue()));
      }
    }
    List<Expression> all = writesIn(s);
    if (all.isEmpty()) {
      return Effect.NONE;
    }
    if (s instanceof BlockStmt b) {
      List<Expression> values = new ArrayList<>();
      for (int i = b.getStatements().size() - 1; i >= 0; i--) {
        Effect e = effect(b.getStatement(i));
        values.addAll(e.values());
        if (e.definite()) {
          return new Effect(true, values);
        }
      }
      return new Effect(false, values);
    }
    if (s instanceof IfStmt i) {
      Optional<Object> cond = evaluation.value(i.getCondition(), file);
      if (cond.isPresent() && cond.get() instanceof Boolean taken) {
        return taken
            ? effect(i.getThenStmt())
            : i.getElseStmt().map(this::effect).orElse(Effect.NONE);
      }
      Effect then = effect(i.getThenStmt());
      Effect otherwise = i.getElseStmt().map(this::effect).orElse(Effect.NONE);
      List<Expression> values = new ArrayList<>(then.values());
      values.addAll(otherwise.values());
      return new Effect(then.definite() && otherwise.definite(), values);
    }
    if (s instanceof SwitchStmt sw) {
      Optional<List<SwitchEntry>> live = evaluation.liveEntries(sw, file);
      if (live.isPresent()) {
        List<Statement> run = new ArrayList<>();
        live.get().forEach(e -> run.addAll(e.getStatements()));
        List<Expression> values = new ArrayList<>();
        for (int i = run.size() - 1; i >= 0; i--) {
          Effect e = effect(run.get(i));
          values.addAll(e.values());
          if (e.definite()) {
            return new Effect(true, values);
          }
        }
        return new Effect(false, values);
      }
    }
    return new Effect(false, all);
  }

  /** Every value written to the variable inside {@code node}. */
  private List<Expression> writesIn(Node node) {
    List<Expression> values = new ArrayList<>();
    for (AssignExpr a : node.findAll(AssignExpr.class)) {
      if (writes(a.getTarget())) {
        values.add(a.getValue());
      }
    }
    return values;
  }

  private boolean writes(Expression target) {
    return target instanceof NameExpr n && n.getNameAsString().equals(variable.name());
  }

  private static boolean isLoop(Node n) {
    return n instanceof WhileStmt
        || n instanceof DoStmt
        || n instanceof ForStmt
        || n instanceof ForEachStmt;
  }

  private static @Nullable NodeList<Statement> statementsOf(Node n) {
    if (n instanceof BlockStmt b) {
      return b.getStatements();
    }
    if (n instanceof SwitchEntry e) {
      return e.getStatements();
    }
    return null;
  }

  private static int indexOf(NodeList<Statement> statements, Statement s) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i) == s) {
        return i;
      }
    }
    return -1;
  }
}
