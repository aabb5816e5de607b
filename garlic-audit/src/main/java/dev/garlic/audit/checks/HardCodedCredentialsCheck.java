package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * CWE-798, {@code hard-coded-credentials}: a string literal (or a constant built from literals)
 * used as a password, secret, token, API or private key: assigned to a variable or field so named,
 * passed to a setter or builder method so named ({@code setPassword("...")}) or to a parameter so
 * named of a method of the same class, compared with one ({@code password.equals("...")}), stored
 * under such a key ({@code props.setProperty("db.password", "...")}), given as the password of
 * {@code DriverManager.getConnection}, {@code PasswordAuthentication}, {@code PBEKeySpec} or a key
 * store, or used as the bytes of a {@code SecretKeySpec}/{@code DESKeySpec}.
 *
 * <p>Not reported, because they are not secrets: empty and blank strings, placeholders ({@code
 * changeme}, {@code changeit}, {@code xxx}, {@code ${DB_PASSWORD}}, {@code <password>}, fixtures
 * such as {@code sk-test} or {@code dummy-secret}), text with spaces (prompts and messages), values
 * that are names of credentials rather than credentials ({@code "password"}, {@code
 * "X-Auth-Token"}, {@code "db.password"}, {@code "access_token"}), and identifiers that name
 * something about a credential ({@code PASSWORD_FIELD}, {@code TOKEN_HEADER}, {@code
 * passwordPattern}, {@code MIN_PASSWORD_LENGTH}). Values read from configuration are not hard-coded
 * and never reported.
 */
public final class HardCodedCredentialsCheck extends FileCheck {

  private static final Set<String> CREDENTIAL =
      Set.of(
          "password",
          "passwd",
          "pwd",
          "passphrase",
          "secret",
          "credential",
          "credentials",
          "token",
          "apikey",
          "passcode");
  private static final Set<String> KEY_QUALIFIERS =
      Set.of(
          "api",
          "private",
          "secret",
          "access",
          "signing",
          "encryption",
          "auth",
          "master",
          "hmac",
          "aes",
          "crypto",
          "jwt",
          "client",
          "shared");
  private static final Set<String> ABOUT =
      Set.of(
          "field",
          "param",
          "parameter",
          "header",
          "name",
          "label",
          "prompt",
          "message",
          "msg",
          "attr",
          "attribute",
          "property",
          "prop",
          "column",
          "path",
          "url",
          "uri",
          "endpoint",
          "pattern",
          "regex",
          "format",
          "type",
          "mode",
          "hint",
          "placeholder",
          "policy",
          "length",
          "len",
          "min",
          "max",
          "size",
          "expiry",
          "expiration",
          "ttl",
          "timeout",
          "file",
          "dir",
          "location",
          "prefix",
          "suffix",
          "encoder",
          "validator",
          "error",
          "invalid",
          "required",
          "count",
          "attempts",
          "query",
          "sql",
          "template",
          "title",
          "text",
          "id",
          "class",
          "env",
          "variable",
          "var",
          "input",
          "selector",
          "xpath",
          "regexp",
          "description",
          "hash",
          "hashed",
          "encrypted",
          "cookie",
          "keys",
          "config",
          "changed",
          "reset",
          "expired",
          "strength",
          "validity",
          "lifetime",
          "scheme",
          "separator",
          "delimiter");
  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "changeme",
          "change_me",
          "changeit",
          "change-me",
          "changethis",
          "todo",
          "tbd",
          "fixme",
          "placeholder",
          "redacted",
          "none",
          "null",
          "undefined",
          "dummy",
          "your_password",
          "yourpassword",
          "your-password",
          "your_secret",
          "your_token",
          "your_api_key",
          "secret",
          "password",
          "token",
          "passwd",
          "pwd",
          "notasecret",
          "example",
          "mask",
          "masked",
          "hidden",
          "bearer",
          "basic",
          "digest",
          "oauth",
          "jwt");

  /** Words that mark a value as a test fixture ({@code sk-test}, {@code dummy_secret}). */
  private static final Set<String> FIXTURE =
      Set.of("test", "testing", "dummy", "fake", "example", "sample", "mock", "placeholder");

  /** Calls that store a value under a key: maps, properties, headers. */
  private static final Set<String> KEYED_WRITES =
      Set.of("setProperty", "put", "set", "add", "setHeader", "addHeader", "header");

  public HardCodedCredentialsCheck() {
    super("hard-coded-credentials");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    // Uses first: a constant that reaches a credential API is reported there, not where declared.
    CredentialSinks sinks = new CredentialSinks(scan);
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      sinks.call(m);
    }
    for (ObjectCreationExpr o : file.unit().findAll(ObjectCreationExpr.class)) {
      sinks.creation(o);
    }
    for (VariableDeclarator v : file.unit().findAll(VariableDeclarator.class)) {
      if (!sinks.reported(v)) {
        v.getInitializer().ifPresent(init -> named(v, init, scan));
      }
    }
    for (AssignExpr a : file.unit().findAll(AssignExpr.class)) {
      targetName(a.getTarget()).ifPresent(n -> named(n, a.getValue(), a, scan));
    }
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      call(m, scan);
    }
  }

  /**
   * A declaration initialised with a literal secret; not a local that is later given another value
   * (a default that the real credential replaces).
   */
  private static void named(VariableDeclarator v, Expression init, Scan scan) {
    Optional<Declarations.Declaration> d = Declarations.of(v);
    if (d.isPresent()
        && d.get().kind() == Declarations.Kind.LOCAL
        && d.get().assignments().map(a -> !a.isEmpty()).orElse(true)) {
      return;
    }
    named(v.getNameAsString(), init, init, scan);
  }

  private static Optional<String> targetName(Expression target) {
    if (target instanceof NameExpr n) {
      return Optional.of(n.getNameAsString());
    }
    if (target instanceof FieldAccessExpr f) {
      return Optional.of(f.getNameAsString());
    }
    return Optional.empty();
  }

  /** {@code value} stored under {@code name}: a finding at {@code at} if it is a literal secret. */
  private static void named(String name, Expression value, Node at, Scan scan) {
    if (isCredentialName(name)) {
      secret(value, scan)
          .filter(s -> !notASecret(s, name))
          .ifPresent(s -> scan.report(at, "Hard-coded credential in \"" + name + "\"."));
    }
  }

  private void call(MethodCallExpr m, Scan scan) {
    String name = m.getNameAsString();
    List<Expression> args = m.getArguments();
    if (args.size() == 1) {
      String property = name.replaceFirst("^(set|with)(?=[A-Z])", "");
      if (!property.equals(name) || m.getScope().isPresent()) {
        named(property, args.get(0), m, scan);
      }
    }
    if (KEYED_WRITES.contains(name) && args.size() == 2) {
      scan.string(args.get(0)).ifPresent(key -> named(key, args.get(1), m, scan));
    }
    if (name.equals("equals") || name.equals("equalsIgnoreCase")) {
      comparison(m, scan);
    }
    if (m.getScope().isEmpty() || m.getScope().get() instanceof ThisExpr) {
      ownMethodArguments(m, scan);
    }
  }

  private static void comparison(MethodCallExpr m, Scan scan) {
    if (m.getArguments().size() != 1 || m.getScope().isEmpty()) {
      return;
    }
    Expression a = m.getScope().get();
    Expression b = m.getArgument(0);
    for (Expression[] pair : new Expression[][] {{a, b}, {b, a}}) {
      Optional<String> subject = subjectName(pair[0]);
      if (subject.isPresent() && isCredentialName(subject.get())) {
        Optional<String> s = secret(pair[1], scan).filter(x -> !notASecret(x, subject.get()));
        if (s.isPresent()) {
          scan.report(
              m, "Credential \"" + subject.get() + "\" is compared with a hard-coded value.");
          return;
        }
      }
    }
  }

  private static Optional<String> subjectName(Expression e) {
    if (e instanceof NameExpr n) {
      return Optional.of(n.getNameAsString());
    }
    if (e instanceof FieldAccessExpr f) {
      return Optional.of(f.getNameAsString());
    }
    if (e instanceof MethodCallExpr c
        && c.getArguments().isEmpty()
        && c.getNameAsString().startsWith("get")) {
      return Optional.of(c.getNameAsString().substring(3));
    }
    if (e instanceof MethodCallExpr c
        && c.getNameAsString().equals("getParameter")
        && c.getArguments().size() == 1
        && c.getArgument(0) instanceof StringLiteralExpr s) {
      return Optional.of(s.asString());
    }
    return Optional.empty();
  }

  private static void ownMethodArguments(MethodCallExpr m, Scan scan) {
    Optional<Node> body = Declarations.enclosingBody(m);
    if (body.isEmpty()) {
      return;
    }
    for (var member :
        body.get() instanceof com.github.javaparser.ast.body.TypeDeclaration<?> t
            ? t.getMembers()
            : List.<com.github.javaparser.ast.body.BodyDeclaration<?>>of()) {
      if (member instanceof MethodDeclaration md
          && md.getNameAsString().equals(m.getNameAsString())
          && md.getParameters().size() == m.getArguments().size()) {
        for (int i = 0; i < md.getParameters().size(); i++) {
          Parameter p = md.getParameter(i);
          named(p.getNameAsString(), m.getArgument(i), m, scan);
        }
        return;
      }
    }
  }

  /**
   * The literal text of {@code e} when it is written in the code: a literal, a concatenation of
   * literals and constants, or {@code .toCharArray()}/{@code .getBytes()} of one. Values read from
   * configuration or computed by calls are not literal secrets.
   */
  static Optional<String> secret(Expression e, Scan scan) {
    Expression inner = e;
    if (inner instanceof MethodCallExpr c
        && (c.getNameAsString().equals("toCharArray") || c.getNameAsString().equals("getBytes"))
        && c.getScope().isPresent()) {
      inner = c.getScope().get();
    }
    boolean fromCode =
        (inner instanceof StringLiteralExpr || inner instanceof TextBlockLiteralExpr)
            || (inner.isBinaryExpr()
                && !inner.findAll(StringLiteralExpr.class).isEmpty()
                && inner.findAll(MethodCallExpr.class).isEmpty());
    if (!fromCode) {
      return Optional.empty();
    }
    return scan.string(inner);
  }

  /** True when {@code identifier} names a credential itself (not something about one). */
  static boolean isCredentialName(String identifier) {
    List<String> words = Words.of(identifier);
    if (words.isEmpty()) {
      return false;
    }
    boolean credential = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (CREDENTIAL.contains(w)
          || (w.equals("key") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1)))
          || w.equals("privatekey")
          || w.equals("secretkey")) {
        credential = true;
      }
    }
    if (!credential) {
      return false;
    }
    for (String w : words) {
      if (ABOUT.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code value} is not a secret: blank, a placeholder, prose, or a credential's name.
   */
  static boolean notASecret(String value, String identifier) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (v.length() < 3 || v.chars().anyMatch(Character::isWhitespace)) {
      return true;
    }
    if (PLACEHOLDERS.contains(lower)
        || lower.matches("x{3,}|\\*+|\\.+|-+|#+|\\?+")
        || v.contains("${")
        || v.contains("{{")
        || (v.startsWith("<") && v.endsWith(">"))
        || (v.startsWith("%") && v.endsWith("%"))) {
      return true;
    }
    List<String> valueWords = Words.of(v);
    if (valueWords.size() >= 2 && valueWords.stream().anyMatch(FIXTURE::contains)) {
      return true;
    }
    String compact = lower.replaceAll("[^a-z0-9]", "");
    if (compact.equals(identifier.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))) {
      return true;
    }
    if (v.matches("[A-Za-z][A-Za-z_.\\-]*")) {
      for (String w : Words.of(v)) {
        if (CREDENTIAL.contains(w) || w.equals("key") || w.equals("authorization")) {
          return true;
        }
      }
    }
    return false;
  }
}
