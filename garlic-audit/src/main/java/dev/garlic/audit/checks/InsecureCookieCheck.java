package dev.garlic.audit.checks;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.List;
import java.util.Optional;

/**
 * CWE-614, {@code insecure-cookie}: a servlet cookie added to the response ({@code addCookie})
 * while its Secure flag is off: never set on a cookie made here or by a helper of the class, or
 * cleared with {@code setSecure(false)} and not set again (see {@link CookieFlags}); a {@code
 * setSecure(false)} on a cookie that is not added here (a parameter, a field, a returned cookie);
 * and a Spring {@code ResponseCookie} built with {@code secure(false)} or without {@code
 * secure(...)}. A {@code setSecure(x)} whose argument is not a constant ({@code
 * request.isSecure()}) counts as set, and so does handing the cookie to code that may set it.
 */
public final class InsecureCookieCheck extends FileCheck {

  public InsecureCookieCheck() {
    super("insecure-cookie");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    CookieFlags flags = new CookieFlags(scan);
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      switch (m.getNameAsString()) {
        case "setSecure" -> setSecure(m, flags, scan);
        case "addCookie" -> addCookie(m, flags, scan);
        case "build" -> responseCookie(m, scan);
        default -> {}
      }
    }
  }

  private static void addCookie(MethodCallExpr m, CookieFlags flags, Scan scan) {
    if (m.getArguments().size() != 1) {
      return;
    }
    Expression cookie = m.getArgument(0);
    CookieFlags.State state = flags.of(cookie, m);
    String name = cookie instanceof NameExpr ? "Cookie " + cookie + " " : "Cookie ";
    switch (state.flag()) {
      case UNSET ->
          scan.report(
              m,
              name + "is added without setSecure(true), so it is sent over plain HTTP.",
              List.of(scan.step(state.where(), "created without the Secure flag")));
      case INSECURE ->
          scan.report(
              m,
              name + "is added with setSecure(false), so it is sent over plain HTTP.",
              List.of(scan.step(state.where(), "marked not Secure")));
      default -> {}
    }
  }

  /** {@code setSecure(false)} on a cookie that this method does not add to the response. */
  private static void setSecure(MethodCallExpr m, CookieFlags flags, Scan scan) {
    if (m.getArguments().size() != 1 || !scan.bool(m.getArgument(0)).equals(Optional.of(false))) {
      return;
    }
    Expression cookie = m.getScope().orElse(null);
    Optional<Declaration> d = cookie == null ? Optional.empty() : Declarations.resolve(cookie);
    if (d.isPresent() && (laterSecure(d.get(), m, scan) || addedHere(d.get()))) {
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

  /** Whether the cookie goes to {@code addCookie} in its own scope, which reports it there. */
  private static boolean addedHere(Declaration d) {
    return !d.scope()
        .findAll(
            MethodCallExpr.class,
            c ->
                c.getNameAsString().equals("addCookie")
                    && c.getArguments().size() == 1
                    && c.getArgument(0) instanceof NameExpr n
                    && Variables.refersTo(n, d))
        .isEmpty();
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
