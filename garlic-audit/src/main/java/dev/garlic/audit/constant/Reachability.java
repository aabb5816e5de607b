package dev.garlic.audit.constant;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.garlic.audit.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which code runs, given the conditions that fold: dead branches and the live entries of a switch.
 */
final class Reachability {

  private final Evaluation evaluation;

  Reachability(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  /**
   * True when {@code node} sits in a branch that never runs: the untaken side of an {@code if}, a
   * ternary, {@code &&} or {@code ||} whose condition folds, or the body of a loop whose condition
   * folds to false.
   */
  boolean dead(Node node, SourceFile file) {
    Node cur = node;
    for (Node p = node.getParentNode().orElse(null);
        p != null;
        cur = p, p = p.getParentNode().orElse(null)) {
      if (p instanceof IfStmt i && cur != i.getCondition()) {
        Optional<Object> c = evaluation.value(i.getCondition(), file);
        if (c.isPresent() && c.get() instanceof Boolean b && b != (cur == i.getThenStmt())) {
          return true;
        }
      } else if (p instanceof ConditionalExpr t && cur != t.getCondition()) {
        Optional<Object> c = evaluation.value(t.getCondition(), file);
        if (c.isPresent() && c.get() instanceof Boolean b && b != (cur == t.getThenExpr())) {
          return true;
        }
      } else if (p instanceof BinaryExpr be
          && cur == be.getRight()
          && (be.getOperator() == BinaryExpr.Operator.AND
              || be.getOperator() == BinaryExpr.Operator.OR)) {
        Optional<Object> c = evaluation.value(be.getLeft(), file);
        if (c.isPresent() && c.get().equals(be.getOperator() == BinaryExpr.Operator.OR)) {
          return true;
        }
      } else if (p instanceof SwitchEntry entry
          && cur instanceof Statement
          && entry.getParentNode().orElse(null) instanceof SwitchStmt sw) {
        Optional<List<SwitchEntry>> live = liveEntries(sw, file);
        if (live.isPresent() && live.get().stream().noneMatch(e -> e == entry)) {
          return true;
        }
      } else if (p instanceof WhileStmt w && cur == w.getBody()) {
        if (evaluation.value(w.getCondition(), file).equals(Optional.of(false))) {
          return true;
        }
      } else if (p instanceof ForStmt f
          && cur == f.getBody()
          && f.getCompare().isPresent()
          && evaluation.value(f.getCompare().get(), file).equals(Optional.of(false))) {
        return true;
      } else if (p instanceof BodyDeclaration<?>
          && !(p.getParentNode().orElse(null) instanceof ObjectCreationExpr)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The entries of {@code s} that run when its selector folds to a constant: the matching entry (or
   * {@code default}) and those it falls through to; empty when the selector is not a constant.
   */
  Optional<List<SwitchEntry>> liveEntries(SwitchStmt s, SourceFile file) {
    Optional<Object> selector = evaluation.value(s.getSelector(), file);
    if (selector.isEmpty()) {
      return Optional.empty();
    }
    NodeList<SwitchEntry> entries = s.getEntries();
    int start = -1;
    for (int i = 0; i < entries.size() && start < 0; i++) {
      for (Expression label : entries.get(i).getLabels()) {
        Optional<Object> v = evaluation.value(label, file);
        if (v.isEmpty()) {
          return Optional.empty();
        }
        if (sameLabel(selector.get(), v.get())) {
          start = i;
          break;
        }
      }
    }
    for (int i = 0; i < entries.size() && start < 0; i++) {
      if (entries.get(i).isDefault()) {
        start = i;
      }
    }
    List<SwitchEntry> live = new ArrayList<>();
    for (int i = Math.max(start, 0); start >= 0 && i < entries.size(); i++) {
      SwitchEntry e = entries.get(i);
      live.add(e);
      if (e.getType() != SwitchEntry.Type.STATEMENT_GROUP || endsAbruptly(e.getStatements())) {
        break;
      }
    }
    return Optional.of(live);
  }

  private static boolean sameLabel(Object selector, Object label) {
    if (selector instanceof Character
        || label instanceof Character
        || selector instanceof Number && label instanceof Number) {
      Object a = selector instanceof Character c ? (Object) (int) c : selector;
      Object b = label instanceof Character c ? (Object) (int) c : label;
      return a instanceof Number x && b instanceof Number y && x.longValue() == y.longValue();
    }
    return selector.equals(label);
  }

  private static boolean endsAbruptly(NodeList<Statement> statements) {
    if (statements.isEmpty()) {
      return false;
    }
    Statement last = statements.getLast().orElseThrow();
    return last.isBreakStmt()
        || last.isReturnStmt()
        || last.isThrowStmt()
        || last.isContinueStmt()
        || last.isYieldStmt();
  }
}
