package dev.garlic.audit.checks;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.garlic.audit.checks.FileCheck.Scan;
import dev.garlic.audit.constant.Declarations;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Secure flag of a servlet {@code Cookie} at one point of a method. A cookie made with {@code
 * new Cookie(...)} starts without it; {@code setSecure(true|false)} with a constant argument sets
 * or clears it; a non-constant argument, or handing the cookie to code that may set it, makes it
 * unknown. The last of these that runs before the point, in source order, decides (writes in
 * branches that never run do not count). Cookies returned by a helper of the same class take the
 * flag they have at its {@code return}; a cookie passed to such a helper takes what the helper does
 * to its parameter.
 */
final class CookieFlags {

  /** The flag's value. */
  enum Flag {
    UNSET,
    SECURE,
    INSECURE,
    UNKNOWN
  }

  /**
   * The flag and the node that decided it (the creation or the {@code setSecure} call).
   *
   * @param flag the value
   * @param where the deciding node, or null when unknown
   */
  record State(Flag flag, @Nullable Node where) {
    static final State UNKNOWN = new State(Flag.UNKNOWN, null);
  }

  /** Helpers are followed this many calls deep. */
  private static final int MAX_DEPTH = 3;

  /** Calls that neither set the flag nor let the cookie escape. */
  private static final Set<String> HARMLESS =
      Set.of(
          "addCookie",
          "setHttpOnly",
          "setPath",
          "setMaxAge",
          "setDomain",
          "setValue",
          "setComment",
          "setVersion",
          "setAttribute",
          "getName",
          "getValue",
          "getSecure",
          "isHttpOnly");

  private final Scan scan;

  CookieFlags(Scan scan) {
    this.scan = scan;
  }

  /** The flag of the cookie {@code e} evaluates to when {@code at} runs. */
  State of(Expression e, Node at) {
    return of(e, at, 0);
  }

  private State of(Expression e, Node at, int depth) {
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
    }
    if (e instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("Cookie")) {
      return new State(Flag.UNSET, o);
    }
    if (e instanceof MethodCallExpr call && depth < MAX_DEPTH) {
      return returnedBy(call, depth);
    }
    if (e instanceof NameExpr n) {
      return Declarations.resolve(n).map(d -> atPoint(d, at, depth)).orElse(State.UNKNOWN);
    }
    return State.UNKNOWN;
  }

  /** The flag a helper of the same class leaves on the cookie it returns. */
  private State returnedBy(MethodCallExpr call, int depth) {
    Optional<MethodDeclaration> helper = helper(call);
    if (helper.isEmpty() || helper.get().getBody().isEmpty()) {
      return State.UNKNOWN;
    }
    State joined = null;
    for (ReturnStmt r : helper.get().getBody().get().findAll(ReturnStmt.class)) {
      if (r.getExpression().isEmpty() || !scan.reachable(r)) {
        continue;
      }
      State s = of(r.getExpression().get(), r, depth + 1);
      if (joined == null) {
        joined = s;
      } else if (joined.flag() != s.flag()) {
        return State.UNKNOWN;
      }
    }
    return joined == null ? State.UNKNOWN : joined;
  }

  /** The flag of local variable (or parameter) {@code d} when {@code at} runs. */
  private State atPoint(Declaration d, Node at, int depth) {
    Position point = at.getBegin().orElse(null);
    if (point == null) {
      return State.UNKNOWN;
    }
    List<Event> events = new ArrayList<>();
    d.initializer().ifPresent(init -> events.add(new Event(init, () -> of(init, init, depth))));
    for (AssignExpr a : d.scope().findAll(AssignExpr.class)) {
      if (a.getTarget() instanceof NameExpr n && Variables.refersTo(n, d)) {
        events.add(new Event(a, () -> of(a.getValue(), a, depth)));
      }
    }
    for (NameExpr use : d.scope().findAll(NameExpr.class, n -> Variables.refersTo(n, d))) {
      Node parent = use.getParentNode().orElse(null);
      if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == use) {
        if (call.getNameAsString().equals("setSecure") && call.getArguments().size() == 1) {
          events.add(new Event(call, () -> setSecure(call)));
        }
      } else if (parent instanceof MethodCallExpr call) {
        if (!HARMLESS.contains(call.getNameAsString())) {
          int index = call.getArguments().indexOf(use);
          events.add(new Event(call, () -> passedTo(call, index, depth)));
        }
      } else if (parent instanceof ObjectCreationExpr
          || parent instanceof com.github.javaparser.ast.body.VariableDeclarator
          || (parent instanceof AssignExpr a && a.getValue() == use)) {
        // Handed on or aliased: the other name may set the flag.
        events.add(new Event(parent, () -> State.UNKNOWN));
      }
    }
    List<Event> before =
        events.stream()
            .filter(ev -> ev.node().getBegin().map(p -> p.isBefore(point)).orElse(false))
            .filter(ev -> scan.reachable(ev.node()))
            .sorted(Comparator.comparing((Event ev) -> ev.node().getBegin().get()).reversed())
            .toList();
    for (Event ev : before) {
      State s = ev.effect().get();
      if (s != null) {
        return s;
      }
    }
    return State.UNKNOWN;
  }

  private State setSecure(MethodCallExpr call) {
    return switch (scan.bool(call.getArgument(0)).orElse(null)) {
      case Boolean b when b -> new State(Flag.SECURE, call);
      case Boolean b -> new State(Flag.INSECURE, call);
      case null -> State.UNKNOWN;
    };
  }

  /**
   * What a helper of the same class does to the cookie passed as argument {@code index}: the last
   * {@code setSecure} it makes on its parameter, unknown when the parameter goes on elsewhere, and
   * null (no change) when the helper only reads it or sets other attributes.
   */
  private @Nullable State passedTo(MethodCallExpr call, int index, int depth) {
    Optional<MethodDeclaration> helper = helper(call);
    if (helper.isEmpty() || helper.get().getBody().isEmpty() || depth >= MAX_DEPTH || index < 0) {
      return State.UNKNOWN;
    }
    MethodDeclaration m = helper.get();
    String name = m.getParameter(index).getNameAsString();
    List<NameExpr> uses =
        m.getBody().get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name));
    if (uses.isEmpty()) {
      return null;
    }
    Optional<Declaration> d = Declarations.resolve(uses.getFirst());
    if (d.isEmpty() || d.get().kind() != Declarations.Kind.PARAMETER) {
      return State.UNKNOWN;
    }
    State last = null;
    for (MethodCallExpr c : Variables.callsOn(d.get())) {
      if (c.getNameAsString().equals("setSecure")
          && c.getArguments().size() == 1
          && scan.reachable(c)) {
        last = setSecure(c);
      }
    }
    if (last == null && Variables.escapes(d.get(), HARMLESS)) {
      return State.UNKNOWN;
    }
    return last;
  }

  /** The method of the enclosing class {@code call} runs, when it is unqualified or on this. */
  private static Optional<MethodDeclaration> helper(MethodCallExpr call) {
    Expression scope = call.getScope().orElse(null);
    if (scope != null && !(scope instanceof ThisExpr)) {
      return Optional.empty();
    }
    Optional<TypeDeclaration<?>> type = call.findAncestor(TypeDeclaration.class).map(t -> t);
    return type.flatMap(
        t ->
            t.getMethodsByName(call.getNameAsString()).stream()
                .filter(m -> m.getParameters().size() == call.getArguments().size())
                .findFirst());
  }

  /** A write of the flag at {@code node}; its effect is null when it leaves the flag as it was. */
  private record Event(Node node, Supplier<@Nullable State> effect) {}
}
