package dev.garlic.audit.checks;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CWE-614, {@code insecure-cookie}: {@code setSecure(false)} (unless a later {@code
 * setSecure(true)} on the same cookie overrides it), a cookie created in the method and added to
 * the response with {@code addCookie} without any {@code setSecure} call, and a Spring {@code
 * ResponseCookie} built with {@code secure(false)} or without {@code secure(...)}. A {@code
 * setSecure(x)} whose argument is not a constant ({@code request.isSecure()}) counts as set; a
 * cookie handed to another method before it is added may be made secure there and is not reported.
 */
public final class InsecureCookieCheck extends FileCheck {

  private static final Set<String> HARMLESS =
      Set.of(
          "addCookie",
          "setSecure",
          "setHttpOnly",
          "setPath",
          "setMaxAge",
          "setDomain",
          "setValue",
          "setComment",
          "setVersion",
          "setAttribute",
          "getName",
          "getValue");

  public InsecureCookieCheck() {
    super("insecure-cookie");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      switch (m.getNameAsString()) {
        case "setSecure" -> setSecure(m, scan);
        case "addCookie" -> addCookie(m, scan);
        case "build" -> responseCookie(m, scan);
        default -> {}
      }
    }
  }

  private static void setSecure(MethodCallExpr m, Scan scan) {
    if (m.getArguments().size() != 1 || !scan.bool(m.getArgument(0)).equals(Optional.of(false))) {
      return;
    }
    Expression cookie = m.getScope().orElse(null);
    Optional<Declaration> d = cookie == null ? Optional.empty() : Declarations.resolve(cookie);
    if (d.isPresent() && laterSecure(d.get(), m, scan)) {
      return;
    }
    scan.report(
        m,
        "Cookie "
            + (cookie == null ? "" : cookie + " ")
            + "is marked not Secure, so it is sent over plain HTTP.");
  }

  private static boolean laterSecure(Declaration d, MethodCallExpr setFalse, Scan scan) {
    int line = setFalse.getBegin().map(p -> p.line).orElse(0);
    return Variables.callsOn(d).stream()
        .filter(c -> c.getNameAsString().equals("setSecure") && c.getArguments().size() == 1)
        .filter(c -> c.getBegin().map(p -> p.line).orElse(0) > line)
        .anyMatch(c -> !scan.bool(c.getArgument(0)).equals(Optional.of(false)));
  }

  private static void addCookie(MethodCallExpr m, Scan scan) {
    if (m.getArguments().size() != 1) {
      return;
    }
    Expression arg = m.getArgument(0);
    if (arg instanceof ObjectCreationExpr o && isCookie(o)) {
      scan.report(m, "Cookie is added without setSecure(true), so it is sent over plain HTTP.");
      return;
    }
    Optional<Declaration> d = Declarations.resolve(arg);
    if (d.isEmpty() || d.get().kind() != Declarations.Kind.LOCAL) {
      return;
    }
    List<Expression> writes = new java.util.ArrayList<>();
    d.get().initializer().ifPresent(writes::add);
    d.get().assignments().ifPresent(writes::addAll);
    boolean createdHere =
        !writes.isEmpty()
            && writes.stream().allMatch(w -> w instanceof ObjectCreationExpr o && isCookie(o));
    if (!createdHere || Variables.escapes(d.get(), HARMLESS)) {
      return;
    }
    boolean anySetSecure =
        Variables.callsOn(d.get()).stream().anyMatch(c -> c.getNameAsString().equals("setSecure"));
    if (!anySetSecure) {
      scan.report(
          m, "Cookie " + arg + " is added without setSecure(true), so it is sent over plain HTTP.");
    }
  }

  private static boolean isCookie(ObjectCreationExpr o) {
    String type = o.getType().getNameAsString();
    return type.equals("Cookie");
  }

  /** {@code ResponseCookie.from(...)....build()} without {@code secure(true)}. */
  private static void responseCookie(MethodCallExpr build, Scan scan) {
    boolean fromResponseCookie = false;
    Optional<Boolean> secure = Optional.empty();
    boolean secureCalled = false;
    for (Expression e = build.getScope().orElse(null);
        e instanceof MethodCallExpr c;
        e = c.getScope().orElse(null)) {
      if (c.getNameAsString().equals("secure") && c.getArguments().size() == 1 && !secureCalled) {
        secureCalled = true;
        secure = scan.bool(c.getArgument(0));
      }
      if (c.getNameAsString().equals("from")
          && c.getScope()
              .map(Object::toString)
              .filter(s -> s.endsWith("ResponseCookie"))
              .isPresent()) {
        fromResponseCookie = true;
      }
    }
    if (fromResponseCookie && (!secureCalled || secure.equals(Optional.of(false)))) {
      scan.report(
          build, "ResponseCookie is built without secure(true), so it is sent over plain HTTP.");
    }
  }
}
