package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CWE-295, {@code tls-verification-disabled}: an {@code X509TrustManager} whose {@code
 * checkServerTrusted} accepts every chain (it neither throws nor calls anything but a logger), a
 * {@code HostnameVerifier} whose {@code verify} always returns true (as a class, an anonymous class
 * or a lambda given to {@code setHostnameVerifier} and the like), a {@code TrustStrategy} lambda
 * that always returns true, and the library classes and constants that switch checking off ({@code
 * NoopHostnameVerifier}, {@code ALLOW_ALL_HOSTNAME_VERIFIER}, {@code AllowAllHostnameVerifier},
 * {@code TrustAllStrategy}, {@code InsecureTrustManagerFactory}).
 */
public final class TlsVerificationCheck extends FileCheck {

  private static final Set<String> INSECURE_TYPES =
      Set.of(
          "NoopHostnameVerifier",
          "AllowAllHostnameVerifier",
          "TrustAllStrategy",
          "InsecureTrustManagerFactory",
          "TrustAllCerts");
  private static final Set<String> INSECURE_CONSTANTS = Set.of("ALLOW_ALL_HOSTNAME_VERIFIER");
  private static final Set<String> VERIFIER_SETTERS =
      Set.of(
          "setHostnameVerifier",
          "setDefaultHostnameVerifier",
          "hostnameVerifier",
          "setSSLHostnameVerifier",
          "loadTrustMaterial",
          "setTrustStrategy");
  private static final Set<String> VERIFIER_TYPES = Set.of("HostnameVerifier", "TrustStrategy");

  public TlsVerificationCheck() {
    super("tls-verification-disabled");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    for (MethodDeclaration md : file.unit().findAll(MethodDeclaration.class)) {
      String name = md.getNameAsString();
      if (name.equals("checkServerTrusted")
          && implementing(md, "TrustManager")
          && md.getBody().map(TlsVerificationCheck::acceptsAll).orElse(false)) {
        scan.report(md.getName(), "checkServerTrusted accepts every certificate chain.");
      }
      if (name.equals("verify")
          && md.getParameters().size() == 2
          && implementing(md, "HostnameVerifier")
          && md.getBody().map(b -> alwaysTrue(b, scan)).orElse(false)) {
        scan.report(md.getName(), "HostnameVerifier.verify accepts every host name.");
      }
      if (name.equals("isTrusted")
          && implementing(md, "TrustStrategy")
          && md.getBody().map(b -> alwaysTrue(b, scan)).orElse(false)) {
        scan.report(md.getName(), "TrustStrategy.isTrusted trusts every certificate chain.");
      }
    }
    for (LambdaExpr l : file.unit().findAll(LambdaExpr.class)) {
      if (l.getParameters().size() == 2 && verifierContext(l) && lambdaTrue(l, scan)) {
        scan.report(l, "A verifier that accepts every host name or certificate.");
      }
    }
    for (ObjectCreationExpr o : file.unit().findAll(ObjectCreationExpr.class)) {
      if (INSECURE_TYPES.contains(o.getType().getNameAsString())) {
        scan.report(o, o.getType().getNameAsString() + " turns TLS verification off.");
      }
    }
    for (FieldAccessExpr f : file.unit().findAll(FieldAccessExpr.class)) {
      String scope = f.getScope().toString();
      String type = scope.substring(scope.lastIndexOf('.') + 1);
      if (INSECURE_CONSTANTS.contains(f.getNameAsString())
          || (INSECURE_TYPES.contains(type) && f.getNameAsString().equals("INSTANCE"))) {
        scan.report(f, f + " turns TLS verification off.");
      }
    }
    for (NameExpr n : file.unit().findAll(NameExpr.class)) {
      if (INSECURE_CONSTANTS.contains(n.getNameAsString())) {
        scan.report(n, n + " turns TLS verification off.");
      }
    }
  }

  /**
   * True when the type declaring {@code md} implements or extends a type named like {@code kind}.
   */
  private static boolean implementing(MethodDeclaration md, String kind) {
    Node parent = md.getParentNode().orElse(null);
    if (parent instanceof ClassOrInterfaceDeclaration c) {
      List<ClassOrInterfaceType> supers = new java.util.ArrayList<>(c.getImplementedTypes());
      supers.addAll(c.getExtendedTypes());
      return supers.stream().anyMatch(t -> t.getNameAsString().contains(kind));
    }
    if (parent instanceof ObjectCreationExpr o) {
      return o.getType().getNameAsString().contains(kind);
    }
    return false;
  }

  /** A trust check that neither throws nor delegates: only logging, or nothing. */
  static boolean acceptsAll(BlockStmt body) {
    if (!body.findAll(ThrowStmt.class).isEmpty()) {
      return false;
    }
    for (MethodCallExpr c : body.findAll(MethodCallExpr.class)) {
      String scope =
          c.getScope().map(Object::toString).orElse("").toLowerCase(java.util.Locale.ROOT);
      boolean logging =
          scope.contains("log")
              || scope.equals("system.out")
              || scope.equals("system.err")
              || c.getNameAsString().equals("println");
      if (!logging) {
        return false;
      }
    }
    return true;
  }

  private static boolean alwaysTrue(BlockStmt body, Scan scan) {
    List<ReturnStmt> returns = body.findAll(ReturnStmt.class);
    if (returns.isEmpty() || !body.findAll(ThrowStmt.class).isEmpty()) {
      return false;
    }
    for (ReturnStmt r : returns) {
      Optional<Expression> e = r.getExpression();
      if (e.isEmpty() || !scan.bool(e.get()).equals(Optional.of(true))) {
        return false;
      }
    }
    return true;
  }

  private static boolean lambdaTrue(LambdaExpr l, Scan scan) {
    Statement body = l.getBody();
    if (body instanceof ExpressionStmt es) {
      return scan.bool(es.getExpression()).equals(Optional.of(true));
    }
    return body instanceof BlockStmt b && alwaysTrue(b, scan);
  }

  private static boolean verifierContext(LambdaExpr l) {
    Node parent = l.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr m && m.getScope().orElse(null) != l) {
      return VERIFIER_SETTERS.contains(m.getNameAsString());
    }
    if (parent instanceof VariableDeclarator v) {
      return VERIFIER_TYPES.contains(Declarations.of(v).map(d -> d.typeName()).orElse(""));
    }
    if (parent instanceof com.github.javaparser.ast.expr.AssignExpr a) {
      return Declarations.resolve(a.getTarget())
          .map(d -> VERIFIER_TYPES.contains(d.typeName()))
          .orElse(false);
    }
    return false;
  }
}
