package dev.garlic.testgen.api;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Preconditions a method checks in its code: {@code Objects.requireNonNull(p)} and Guava's {@code
 * checkNotNull(p)} (a {@code NullPointerException} if {@code p} is null), Guava's {@code
 * checkArgument(c)} (an {@code IllegalArgumentException} unless {@code c}), and {@code if (c) throw
 * new X(...)} on a parameter.
 */
final class Preconditions {

  private Preconditions() {}

  static List<Contract> of(
      String method, List<String> parameters, CallableDeclaration<?> callable) {
    List<Contract> out = new ArrayList<>();
    for (MethodCallExpr call : callable.findAll(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      if ((name.equals("requireNonNull") || name.equals("checkNotNull"))
          && !call.getArguments().isEmpty()) {
        parameter(call.getArgument(0), parameters)
            .ifPresent(
                p ->
                    out.add(
                        new Contract(
                            method,
                            parameters,
                            "NullPointerException",
                            p + " is null",
                            "precondition")));
      } else if (name.equals("checkArgument") && !call.getArguments().isEmpty()) {
        Expression condition = call.getArgument(0);
        if (mentions(condition, parameters)) {
          out.add(
              new Contract(
                  method,
                  parameters,
                  "IllegalArgumentException",
                  "not (" + condition + ")",
                  "precondition"));
        }
      }
    }
    for (IfStmt check : callable.findAll(IfStmt.class)) {
      thrown(check.getThenStmt())
          .filter(x -> mentions(check.getCondition(), parameters))
          .ifPresent(
              x ->
                  out.add(
                      new Contract(
                          method, parameters, x, check.getCondition().toString(), "precondition")));
    }
    return out;
  }

  private static Optional<String> parameter(Expression e, List<String> parameters) {
    return e instanceof NameExpr n && parameters.contains(n.getNameAsString())
        ? Optional.of(n.getNameAsString())
        : Optional.empty();
  }

  private static boolean mentions(Expression e, List<String> parameters) {
    return e.findAll(NameExpr.class).stream()
        .anyMatch(n -> parameters.contains(n.getNameAsString()));
  }

  /** The exception type of {@code throw new X(...)}, alone or as the only statement of a block. */
  private static Optional<String> thrown(Statement s) {
    Statement single = s;
    if (s instanceof BlockStmt block && block.getStatements().size() == 1) {
      single = block.getStatement(0);
    }
    if (single instanceof ThrowStmt t && t.getExpression().isObjectCreationExpr()) {
      return Optional.of(t.getExpression().asObjectCreationExpr().getType().getNameAsString());
    }
    return Optional.empty();
  }
}
