package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.garlic.audit.checks.FileCheck.Scan;
import dev.garlic.audit.constant.Declarations;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The text of a value written into the code, seen from where it is used: a string literal or text
 * block, a concatenation of such, a {@code char[]} of character literals, {@code toCharArray()},
 * {@code getBytes()} and Base64 encodings of one, a variable or field whose every write is one
 * (declared {@code static final}, or a local never assigned anything else), a helper of the same
 * class that returns one, and {@code map.get("k")} of a local map whose {@code put("k", ...)} calls
 * all store one. Values read from configuration, the environment or a caller are not hard-coded:
 * for them the result is empty.
 */
final class HardCodedText {

  /**
   * Hard-coded text and where it is written.
   *
   * @param value the text
   * @param origin the literal (or the declaration of the constant) it comes from
   */
  record Text(String value, Node origin) {
    Text map(UnaryOperator<String> f) {
      return new Text(f.apply(value), origin);
    }
  }

  /** Calls on text that give the same secret in another form. */
  private static final Set<String> SAME_TEXT = Set.of("toCharArray", "getBytes", "trim", "strip");

  /** Calls that encode their argument: the secret is still written in the code. */
  private static final Set<String> ENCODINGS =
      Set.of("encodeToString", "encode", "printBase64Binary", "encodeBase64String");

  private static final int MAX_DEPTH = 4;

  private final Scan scan;
  private final Set<Node> consumed = Collections.newSetFromMap(new IdentityHashMap<>());

  HardCodedText(Scan scan) {
    this.scan = scan;
  }

  /** The hard-coded text {@code e} evaluates to, or empty. */
  Optional<Text> of(Expression e) {
    return of(e, 0);
  }

  /** Whether {@link #of} resolved a value through the variable {@code declarator}. */
  boolean consumed(Node declarator) {
    return consumed.contains(declarator);
  }

  private Optional<Text> of(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
    }
    return switch (e) {
      case StringLiteralExpr s -> Optional.of(new Text(s.asString(), s));
      case TextBlockLiteralExpr t -> Optional.of(new Text(t.asString(), t));
      case BinaryExpr b when b.getOperator() == BinaryExpr.Operator.PLUS ->
          of(b.getLeft(), depth)
              .flatMap(l -> of(b.getRight(), depth).map(r -> l.map(v -> v + r.value())));
      case ArrayCreationExpr a -> a.getInitializer().flatMap(this::chars);
      case ArrayInitializerExpr a -> chars(a);
      case NameExpr n -> variable(n, depth);
      case FieldAccessExpr f when f.getScope() instanceof ThisExpr -> variable(f, depth);
      case FieldAccessExpr f -> scan.string(f).map(v -> new Text(v, f));
      case MethodCallExpr c -> call(c, depth);
      default -> Optional.empty();
    };
  }

  private Optional<Text> chars(ArrayInitializerExpr a) {
    StringBuilder text = new StringBuilder();
    for (Expression v : a.getValues()) {
      if (!(v instanceof CharLiteralExpr c)) {
        return Optional.empty();
      }
      text.append(c.asChar());
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(new Text(text.toString(), a));
  }

  /** A variable or field whose every write is hard-coded text (the same text). */
  private Optional<Text> variable(Expression use, int depth) {
    Optional<Declaration> d = Declarations.resolve(use);
    if (d.isEmpty() || d.get().kind() == Declarations.Kind.PARAMETER) {
      return Optional.empty();
    }
    Optional<List<Expression>> assigned = d.get().assignments();
    if (assigned.isEmpty()) {
      return Optional.empty();
    }
    List<Expression> writes = new ArrayList<>(assigned.get());
    d.get().initializer().ifPresent(writes::add);
    if (writes.isEmpty()) {
      return Optional.empty();
    }
    String text = null;
    for (Expression w : writes) {
      Optional<Text> t = of(w, depth + 1);
      if (t.isEmpty() || (text != null && !text.equals(t.get().value()))) {
        return Optional.empty();
      }
      text = t.get().value();
    }
    consumed.add(d.get().node());
    return Optional.of(new Text(text, d.get().node()));
  }

  private Optional<Text> call(MethodCallExpr c, int depth) {
    String name = c.getNameAsString();
    if (SAME_TEXT.contains(name) && c.getScope().isPresent()) {
      return of(c.getScope().get(), depth); // "s3cret".toCharArray(), .getBytes(UTF_8)
    }
    if (ENCODINGS.contains(name) && c.getArguments().size() == 1) {
      return of(c.getArgument(0), depth); // Base64.getEncoder().encodeToString(bytes)
    }
    if (name.equals("get") && c.getArguments().size() == 1 && c.getScope().isPresent()) {
      return mapEntry(c.getScope().get(), c.getArgument(0), depth);
    }
    if (c.getArguments().isEmpty()
        && (c.getScope().isEmpty() || c.getScope().get() instanceof ThisExpr)) {
      return returnedBy(c, depth);
    }
    return Optional.empty();
  }

  /** The text a no-argument helper of the same class always returns. */
  private Optional<Text> returnedBy(MethodCallExpr c, int depth) {
    Optional<MethodDeclaration> helper =
        c.findAncestor(TypeDeclaration.class)
            .flatMap(
                t ->
                    ((TypeDeclaration<?>) t)
                        .getMethodsByName(c.getNameAsString()).stream()
                            .filter(m -> m.getParameters().isEmpty())
                            .findFirst());
    if (helper.isEmpty() || helper.get().getBody().isEmpty()) {
      return Optional.empty();
    }
    List<ReturnStmt> returns = helper.get().getBody().get().findAll(ReturnStmt.class);
    if (returns.size() != 1 || returns.getFirst().getExpression().isEmpty()) {
      return Optional.empty();
    }
    return of(returns.getFirst().getExpression().get(), depth + 1);
  }

  /** {@code map.get(key)} of a local map whose writes under that key are all hard-coded text. */
  private Optional<Text> mapEntry(Expression map, Expression key, int depth) {
    Optional<String> k = scan.string(key);
    Optional<Declaration> d = Declarations.resolve(map);
    if (k.isEmpty() || d.isEmpty() || d.get().kind() != Declarations.Kind.LOCAL) {
      return Optional.empty();
    }
    Text text = null;
    for (MethodCallExpr put : Variables.callsOn(d.get())) {
      if (!put.getNameAsString().equals("put") || put.getArguments().size() != 2) {
        continue;
      }
      Optional<String> putKey = scan.string(put.getArgument(0));
      if (putKey.isEmpty()) {
        return Optional.empty(); // a write under an unknown key may be this one
      }
      if (putKey.get().equals(k.get())) {
        Optional<Text> v = of(put.getArgument(1), depth + 1);
        if (v.isEmpty() || (text != null && !text.value().equals(v.get().value()))) {
          return Optional.empty();
        }
        text = v.get();
      }
    }
    return Optional.ofNullable(text);
  }
}
