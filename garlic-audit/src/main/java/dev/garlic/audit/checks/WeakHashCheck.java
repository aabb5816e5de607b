package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.garlic.audit.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CWE-328, {@code weak-hash}: MD2, MD4, MD5 and SHA-1 through {@code MessageDigest.getInstance},
 * {@code Signature.getInstance("SHA1withRSA")}, commons-codec and Spring {@code DigestUtils}, and
 * Guava {@code Hashing.md5()/sha1()}. Algorithm names are judged by their value, so one from a
 * properties file is judged by what the file says.
 *
 * <p>Uses that are plainly not for security are skipped: when the enclosing method or class, or the
 * variable that receives the hash, is named as a checksum, an ETag, a CRC or a cache key ({@code
 * computeChecksum}, {@code etag}, {@code cacheKey}), the hash identifies content rather than
 * protecting it.
 */
public final class WeakHashCheck extends FileCheck {

  private static final Set<String> WEAK = Set.of("MD2", "MD4", "MD5", "SHA1", "SHA", "SHA-1");
  private static final Set<String> DIGEST_UTILS_WEAK =
      Set.of(
          "md2",
          "md2Hex",
          "md5",
          "md5Hex",
          "sha",
          "shaHex",
          "sha1",
          "sha1Hex",
          "getMd2Digest",
          "getMd5Digest",
          "getShaDigest",
          "getSha1Digest",
          "md5Digest",
          "md5DigestAsHex",
          "appendMd5DigestAsHex");
  private static final Map<String, String> CODEC_NAMES =
      Map.of("MD2", "MD2", "MD5", "MD5", "SHA_1", "SHA-1");

  public WeakHashCheck() {
    super("weak-hash");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      String scope = simple(m.getScope().map(Object::toString).orElse(""));
      String name = m.getNameAsString();
      Optional<String> weak = Optional.empty();
      if (name.equals("getInstance") && !m.getArguments().isEmpty()) {
        if (scope.equals("MessageDigest")) {
          weak = algorithm(m.getArgument(0), scan).filter(WeakHashCheck::weakDigest);
        } else if (scope.equals("Signature")) {
          weak = algorithm(m.getArgument(0), scan).filter(WeakHashCheck::weakSignature);
        }
      } else if (scope.equals("DigestUtils")) {
        if (DIGEST_UTILS_WEAK.contains(name)) {
          weak = Optional.of(name.replace("get", "").replace("Digest", "").replace("AsHex", ""));
        } else if (name.equals("getDigest") && !m.getArguments().isEmpty()) {
          weak = algorithm(m.getArgument(0), scan).filter(WeakHashCheck::weakDigest);
        }
      } else if (scope.equals("Hashing") && (name.equals("md5") || name.equals("sha1"))) {
        weak = Optional.of(name.toUpperCase(Locale.ROOT));
      }
      if (weak.isPresent() && !nonSecurityUse(m)) {
        scan.report(m, "Hash with " + weak.get() + ", which is broken for security use.");
      }
    }
    for (ObjectCreationExpr o : file.unit().findAll(ObjectCreationExpr.class)) {
      if (o.getType().getNameAsString().equals("DigestUtils") && !o.getArguments().isEmpty()) {
        Optional<String> weak = algorithm(o.getArgument(0), scan).filter(WeakHashCheck::weakDigest);
        if (weak.isPresent() && !nonSecurityUse(o)) {
          scan.report(o, "Hash with " + weak.get() + ", which is broken for security use.");
        }
      }
    }
  }

  private static String simple(String scope) {
    return scope.substring(scope.lastIndexOf('.') + 1);
  }

  private static Optional<String> algorithm(Expression e, Scan scan) {
    List<String> possible = scan.possibleStrings(e);
    Optional<String> v =
        possible.stream()
            .filter(a -> weakDigest(a) || weakSignature(a))
            .findFirst()
            .or(() -> possible.stream().findFirst());
    if (v.isPresent()) {
      return v;
    }
    if (e instanceof FieldAccessExpr f
        && simple(f.getScope().toString()).equals("MessageDigestAlgorithms")) {
      return Optional.ofNullable(CODEC_NAMES.get(f.getNameAsString()));
    }
    return Optional.empty();
  }

  static boolean weakDigest(String algorithm) {
    return WEAK.contains(algorithm.strip().toUpperCase(Locale.ROOT));
  }

  static boolean weakSignature(String algorithm) {
    String a = algorithm.strip().toUpperCase(Locale.ROOT).replace("-", "");
    return a.startsWith("MD2WITH") || a.startsWith("MD5WITH") || a.startsWith("SHA1WITH");
  }

  /** True when the hash is named for content identity (checksum, ETag, CRC, cache key). */
  static boolean nonSecurityUse(Node call) {
    List<String> names = new ArrayList<>();
    for (Node p = call; p != null; p = p.getParentNode().orElse(null)) {
      if (p instanceof VariableDeclarator v) {
        names.add(v.getNameAsString());
      } else if (p instanceof AssignExpr a) {
        Expression t = a.getTarget();
        if (t instanceof NameExpr n) {
          names.add(n.getNameAsString());
        } else if (t instanceof FieldAccessExpr f) {
          names.add(f.getNameAsString());
        }
      } else if (p instanceof CallableDeclaration<?> c) {
        names.add(c.getNameAsString());
      } else if (p instanceof com.github.javaparser.ast.body.TypeDeclaration<?> t) {
        names.add(t.getNameAsString());
        break;
      }
    }
    for (String name : names) {
      String words = " " + String.join(" ", Words.of(name)) + " ";
      if (words.contains(" checksum")
          || words.contains(" etag ")
          || words.contains(" e tag ")
          || words.contains(" crc")
          || words.contains(" cache key")) {
        return true;
      }
    }
    return false;
  }
}
