package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.garlic.audit.checks.FileCheck.Scan;
import dev.garlic.audit.checks.HardCodedText.Text;
import dev.garlic.audit.constant.Declarations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The APIs that take a credential, and the hard-coded values ({@link HardCodedText}) that reach
 * them, reported where they are used, with a step at the literal. Any non-trivial text counts here,
 * even {@code changeit}: at these calls the text is the credential, whatever it looks like.
 */
final class CredentialSinks {

  /** Calls taking a password as {@code char[]} (key stores and key managers), by position. */
  private static final Map<String, Integer> CHAR_PASSWORDS =
      Map.of(
          "load", 1,
          "getKey", 1,
          "init", 1,
          "store", 1,
          "setKeyEntry", 2,
          "loadKeyMaterial", 1,
          "getEntry", 1);

  /** Calls whose every text argument is key material or a signing secret. */
  private static final Set<String> KEY_CALLS =
      Set.of(
          "hmacShaKeyFor",
          "HMAC256",
          "HMAC384",
          "HMAC512",
          "setSigningKey",
          "signWith",
          "withSecret");

  /** Constructors taking key material or a password, and the argument that holds it. */
  private static final Map<String, Integer> KEY_CONSTRUCTORS =
      Map.of(
          "SecretKeySpec", 0,
          "DESKeySpec", 0,
          "DESedeKeySpec", 0,
          "PBEKeySpec", 0,
          "PasswordAuthentication", 1,
          "UsernamePasswordCredentials", 1,
          "MACSigner", 0,
          "MACVerifier", 0);

  /** Calls that store a value under a key: properties, maps, JNDI environments. */
  private static final Set<String> KEYED_WRITES = Set.of("setProperty", "put", "putIfAbsent");

  private static final Set<String> HEADER_WRITES =
      Set.of("setRequestProperty", "setHeader", "addHeader", "header", "addRequestProperty");

  private final Scan scan;
  private final HardCodedText text;

  CredentialSinks(Scan scan) {
    this.scan = scan;
    this.text = new HardCodedText(scan);
  }

  /** Whether a finding at a use already covers the variable {@code declarator}. */
  boolean reported(Node declarator) {
    return text.consumed(declarator);
  }

  void call(MethodCallExpr m) {
    String name = m.getNameAsString();
    List<Expression> args = m.getArguments();
    String scope = m.getScope().map(Object::toString).orElse("");
    if (name.equals("getConnection") && scope.endsWith("DriverManager") && args.size() == 3) {
      report(m, args.get(2), "Hard-coded database password");
    }
    Integer position = CHAR_PASSWORDS.get(name);
    if (position != null && position < args.size() && isCharArray(args.get(position))) {
      report(m, args.get(position), "Hard-coded key store password");
    }
    if (KEY_CALLS.contains(name)) {
      for (Expression a : args) {
        report(m, a, "Hard-coded signing key");
      }
    }
    if (KEYED_WRITES.contains(name) && args.size() == 2) {
      keyName(args.get(0))
          .filter(HardCodedCredentialsCheck::isCredentialName)
          .ifPresent(
              key ->
                  text.of(args.get(1))
                      .filter(t -> !HardCodedCredentialsCheck.notASecret(t.value(), key))
                      .ifPresent(
                          t -> report(m, t, "Hard-coded credential stored as \"" + key + "\"")));
    }
    if (HEADER_WRITES.contains(name) && args.size() == 2) {
      Optional<String> header = scan.string(args.get(0));
      if (header.isPresent() && header.get().toLowerCase(Locale.ROOT).endsWith("authorization")) {
        text.of(args.get(1))
            .map(t -> t.map(CredentialSinks::withoutScheme))
            .filter(t -> !trivial(t.value()))
            .ifPresent(
                t -> report(m, t, "Hard-coded credential in the " + header.get() + " header"));
      }
    }
  }

  void creation(ObjectCreationExpr o) {
    String type = o.getType().getNameAsString();
    Integer index = KEY_CONSTRUCTORS.get(type);
    if (index == null || o.getArguments().size() <= index) {
      return;
    }
    Expression arg = o.getArgument(index);
    if (literalBytes(arg)) {
      scan.report(o, "Hard-coded key material in new " + type + "(...).");
      return;
    }
    report(o, arg, "Hard-coded key material in new " + type + "(...)");
  }

  private void report(Node at, Expression value, String what) {
    text.of(value).filter(t -> !trivial(t.value())).ifPresent(t -> report(at, t, what));
  }

  private void report(Node at, Text t, String what) {
    scan.report(
        at,
        what
            + ": the value is written in the code; read it from a secret store or the environment.",
        t.origin().getBegin().equals(at.getBegin())
            ? List.of()
            : List.of(scan.step(t.origin(), "hard-coded here")));
  }

  /**
   * The key a value is stored under: its text when constant, else the name of the constant that
   * holds it ({@code Context.SECURITY_CREDENTIALS}, a JDK constant this audit cannot read).
   */
  private Optional<String> keyName(Expression key) {
    Optional<String> text = scan.string(key);
    if (text.isPresent()) {
      return text;
    }
    if (key instanceof com.github.javaparser.ast.expr.FieldAccessExpr f) {
      return Optional.of(f.getNameAsString());
    }
    return Optional.empty();
  }

  /** {@code "Basic xyz"} → {@code "xyz"}. */
  private static String withoutScheme(String header) {
    String v = header.strip();
    int space = v.indexOf(' ');
    return space > 0 && v.substring(0, space).matches("[A-Za-z-]+") ? v.substring(space + 1) : v;
  }

  /** Blank text and placeholders filled in at deployment: not a credential. */
  static boolean trivial(String value) {
    String v = value.strip();
    return v.length() < 3
        || v.contains("${")
        || v.contains("{{")
        || (v.startsWith("<") && v.endsWith(">"))
        || (v.startsWith("%") && v.endsWith("%"));
  }

  private static boolean literalBytes(Expression e) {
    return e instanceof ArrayCreationExpr array
        && array.getInitializer().map(i -> !i.getValues().isEmpty()).orElse(false)
        && array.getElementType().asString().equals("byte");
  }

  /**
   * A {@code char[]}: {@code "..".toCharArray()}, an array of chars, or a variable of that type.
   */
  private static boolean isCharArray(Expression e) {
    if (e instanceof MethodCallExpr c && c.getNameAsString().equals("toCharArray")) {
      return true;
    }
    if (e instanceof ArrayInitializerExpr
        || (e instanceof ArrayCreationExpr a && a.getElementType().asString().equals("char"))) {
      return true;
    }
    return Declarations.resolve(e)
        .map(d -> d.type().asString().replace(" ", "").equals("char[]"))
        .orElse(false);
  }
}
