package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.Statement;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CWE-330, {@code weak-random}: a value of {@code java.util.Random}, {@code Math.random()}, {@code
 * ThreadLocalRandom} or commons-lang {@code RandomStringUtils}/{@code RandomUtils} used in a
 * security context. The context is found from names: the method or class that makes the value
 * ({@code generateToken}, {@code PasswordResetService}), the variable, field, map key, session
 * attribute, cookie or setter it ends up in ({@code rememberMeKey}, {@code setAttribute("csrf",
 * v)}, {@code new Cookie("session", v)}), following a local variable one step further. Random
 * values for games, sampling, jitter or shuffling are not reported.
 */
public final class WeakRandomCheck extends FileCheck {

  /** Words that make a value security-relevant wherever they name it. */
  static final Set<String> SECURITY =
      Set.of(
          "token",
          "tokens",
          "password",
          "passwd",
          "pwd",
          "passphrase",
          "secret",
          "key",
          "keys",
          "nonce",
          "salt",
          "session",
          "sessionid",
          "sid",
          "csrf",
          "xsrf",
          "otp",
          "totp",
          "pin",
          "iv",
          "auth",
          "authentication",
          "credential",
          "credentials",
          "cookie",
          "remember",
          "captcha",
          "apikey",
          "reset",
          "verification",
          "activation",
          "challenge",
          "secure",
          "security",
          "crypto",
          "cipher",
          "signature");

  /** Words that make a whole class a security context. */
  private static final Set<String> SECURITY_CLASS =
      Set.of(
          "token",
          "password",
          "secret",
          "nonce",
          "salt",
          "csrf",
          "otp",
          "credential",
          "crypto",
          "security");

  private static final Set<String> VALUE_METHODS =
      Set.of(
          "nextInt",
          "nextLong",
          "nextDouble",
          "nextFloat",
          "nextBoolean",
          "nextGaussian",
          "nextBytes",
          "ints",
          "longs",
          "doubles");

  public WeakRandomCheck() {
    super("weak-random");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      Optional<String> source = randomSource(m);
      if (source.isEmpty() || (source.get().equals("java.util.Random") && holdsSecure(m, scan))) {
        continue;
      }
      Optional<String> context = securityContext(m);
      if (context.isPresent()) {
        scan.report(
            m,
            "Predictable random value from " + source.get() + " used for " + context.get() + ".");
      }
    }
  }

  /** The weak generator {@code m} draws a value from, if it does. */
  static Optional<String> randomSource(MethodCallExpr m) {
    String name = m.getNameAsString();
    Expression scope = m.getScope().orElse(null);
    String scopeText = scope == null ? "" : scope.toString();
    String simple = scopeText.substring(scopeText.lastIndexOf('.') + 1);
    if (name.equals("random") && (scopeText.equals("Math") || scopeText.equals("java.lang.Math"))) {
      return Optional.of("Math.random()");
    }
    if (simple.equals("RandomStringUtils") && name.startsWith("random")
        || scopeText.endsWith("RandomStringUtils.insecure()")) {
      return Optional.of("RandomStringUtils." + name);
    }
    if (simple.equals("RandomUtils") && name.startsWith("next")
        || scopeText.endsWith("RandomUtils.insecure()")) {
      return Optional.of("RandomUtils." + name);
    }
    if (!VALUE_METHODS.contains(name) || scope == null) {
      return Optional.empty();
    }
    if (scopeText.endsWith("ThreadLocalRandom.current()")) {
      return Optional.of("ThreadLocalRandom");
    }
    if (scope instanceof ObjectCreationExpr o && isWeakType(o.getType().getNameWithScope())) {
      return Optional.of("java.util.Random");
    }
    Optional<Declaration> d = Declarations.resolve(scope);
    if (d.isPresent()) {
      String type = d.get().typeName();
      boolean weak =
          isWeakType(type)
              || (type.equals("var")
                  && d.get().initializer().orElse(null) instanceof ObjectCreationExpr o
                  && isWeakType(o.getType().getNameWithScope()));
      if (weak) {
        return Optional.of("java.util.Random");
      }
      if (type.equals("ThreadLocalRandom")) {
        return Optional.of("ThreadLocalRandom");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the variable {@code m} is called on, though declared {@code Random}, holds a {@code
   * SecureRandom}: a local by its last write before the call, a field by all of its writes.
   */
  private static boolean holdsSecure(MethodCallExpr m, Scan scan) {
    Optional<Declaration> d = m.getScope().flatMap(Declarations::resolve);
    if (d.isEmpty() || d.get().assignments().isEmpty()) {
      return false;
    }
    List<Expression> writes = new ArrayList<>(d.get().assignments().get());
    d.get().initializer().ifPresent(writes::add);
    writes.removeIf(w -> !scan.reachable(w));
    if (d.get().kind() == Declarations.Kind.LOCAL) {
      var at = m.getBegin().orElse(null);
      writes =
          writes.stream()
              .filter(w -> at != null && w.getBegin().map(b -> b.isBefore(at)).orElse(false))
              .max(java.util.Comparator.comparing(w -> w.getBegin().get()))
              .stream()
              .toList();
    }
    return !writes.isEmpty() && writes.stream().allMatch(w -> isSecureGenerator(w, scan));
  }

  private static boolean isSecureGenerator(Expression e, Scan scan) {
    if (e instanceof com.github.javaparser.ast.expr.EnclosedExpr en) {
      return isSecureGenerator(en.getInner(), scan);
    }
    if (e instanceof com.github.javaparser.ast.expr.ConditionalExpr c) {
      Optional<Boolean> cond = scan.bool(c.getCondition());
      return cond.isPresent()
          ? isSecureGenerator(cond.get() ? c.getThenExpr() : c.getElseExpr(), scan)
          : isSecureGenerator(c.getThenExpr(), scan) && isSecureGenerator(c.getElseExpr(), scan);
    }
    if (e instanceof ObjectCreationExpr o) {
      return o.getType().getNameAsString().equals("SecureRandom");
    }
    return e instanceof MethodCallExpr call
        && call.getNameAsString().startsWith("getInstance")
        && call.getScope().map(s -> s.toString().endsWith("SecureRandom")).orElse(false);
  }

  private static boolean isWeakType(String type) {
    return type.equals("Random") || type.equals("java.util.Random");
  }

  /** A name that puts {@code m}'s value in a security context, if there is one. */
  static Optional<String> securityContext(MethodCallExpr m) {
    List<String> names = new ArrayList<>();
    if (m.getNameAsString().equals("nextBytes") && m.getArguments().size() == 1) {
      names.addAll(destinations(m.getArgument(0), 0, true));
    }
    names.addAll(destinations(m, 0, false));
    for (Node p = m; p != null; p = p.getParentNode().orElse(null)) {
      if (p instanceof CallableDeclaration<?> c) {
        names.add(c.getNameAsString());
      } else if (p instanceof TypeDeclaration<?> t) {
        for (String w : Words.of(t.getNameAsString())) {
          if (SECURITY_CLASS.contains(w)) {
            return Optional.of("class " + t.getNameAsString());
          }
        }
      }
    }
    for (String name : names) {
      for (String w : Words.of(name)) {
        if (SECURITY.contains(w)) {
          return Optional.of("\"" + name + "\"");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The names of what the value of {@code e} flows into within its statement: the variable or field
   * it is stored in, the method it is passed to and a constant key passed with it, the type of an
   * object built from it. With {@code isVariable}, {@code e} is a variable whose later uses count.
   */
  private static List<String> destinations(Expression e, int hops, boolean isVariable) {
    List<String> names = new ArrayList<>();
    if (isVariable) {
      if (e instanceof NameExpr n) {
        names.add(n.getNameAsString());
        Declarations.resolve(n).ifPresent(d -> names.addAll(uses(d, hops)));
      }
      return names;
    }
    Node child = e;
    for (Node p = e.getParentNode().orElse(null);
        p != null && !(p instanceof Statement) && !(p instanceof LambdaExpr);
        p = p.getParentNode().orElse(null)) {
      if (p instanceof VariableDeclarator v) {
        names.add(v.getNameAsString());
        Declarations.of(v).ifPresent(d -> names.addAll(uses(d, hops)));
        break;
      }
      if (p instanceof AssignExpr a && a.getValue() == child) {
        Expression t = a.getTarget();
        while (t instanceof ArrayAccessExpr arr) {
          t = arr.getName();
        }
        if (t instanceof NameExpr n) {
          names.add(n.getNameAsString());
          Declarations.resolve(n).ifPresent(d -> names.addAll(uses(d, hops)));
        } else if (t instanceof FieldAccessExpr f) {
          names.add(f.getNameAsString());
        }
        break;
      }
      if (p instanceof MethodCallExpr call && call.getScope().orElse(null) != child) {
        names.add(call.getNameAsString());
        call.getScope()
            .filter(s -> s instanceof NameExpr || s instanceof FieldAccessExpr)
            .ifPresent(s -> names.add(s.toString().substring(s.toString().lastIndexOf('.') + 1)));
        literalKeys(call.getArguments(), names);
      }
      if (p instanceof ObjectCreationExpr o) {
        names.add(o.getType().getNameAsString());
        literalKeys(o.getArguments(), names);
      }
      child = p;
    }
    return names;
  }

  private static void literalKeys(List<Expression> args, List<String> names) {
    for (Expression a : args) {
      if (a.isStringLiteralExpr()) {
        names.add(a.asStringLiteralExpr().asString());
      }
    }
  }

  /** Where a local variable's value goes next (one hop only, to stay cheap and precise). */
  private static List<String> uses(Declaration d, int hops) {
    if (hops > 0 || d.kind() != Declarations.Kind.LOCAL) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (NameExpr use : d.scope().findAll(NameExpr.class, n -> Variables.refersTo(n, d))) {
      names.addAll(destinations(use, hops + 1, false));
    }
    return names;
  }
}
