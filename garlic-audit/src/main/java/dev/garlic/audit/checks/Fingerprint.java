package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The stable identity of a finding: SHA-256 of {@code rule|path|enclosing-method-signature|
 * normalised sink code}, first 16 hex digits. The same formula as {@code
 * dev.garlic.audit.Fingerprints}, kept here until that class is on this branch.
 */
final class Fingerprint {

  private Fingerprint() {}

  static String of(String ruleId, String path, Node sink) {
    String code = sink.toString().replaceAll("\\s+", " ").strip();
    return hash(ruleId + "|" + path + "|" + enclosingSignature(sink) + "|" + code);
  }

  /**
   * {@code Type.method(ParamType,...)}, {@code Type.<init>(...)}, {@code Type.<clinit>} or {@code
   * Type}.
   */
  static String enclosingSignature(Node node) {
    String member = "";
    for (Node p = node; p != null; p = p.getParentNode().orElse(null)) {
      if (member.isEmpty() && p instanceof CallableDeclaration<?> c) {
        String params =
            c.getParameters().stream()
                .map(x -> x.getType().asString())
                .collect(Collectors.joining(","));
        String name = c.isConstructorDeclaration() ? "<init>" : c.getNameAsString();
        member = "." + name + "(" + params + ")";
      } else if (member.isEmpty() && p instanceof InitializerDeclaration) {
        member = ".<clinit>";
      } else if (member.isEmpty()
          && p instanceof FieldDeclaration f
          && !f.getVariables().isEmpty()) {
        member = "." + f.getVariable(0).getNameAsString();
      } else if (p instanceof TypeDeclaration<?> t) {
        return t.getNameAsString() + member;
      }
    }
    return member.isEmpty() ? "" : member.substring(1);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
