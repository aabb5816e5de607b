package dev.garlic.audit.checks;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.garlic.audit.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stable identity of a finding: SHA-256 of {@code rule|path|enclosing-method-signature|sink
 * code without whitespace}, first 16 hex digits. The same formula as {@code
 * dev.garlic.audit.Fingerprints} on main (not yet on this branch); the lead can replace {@link
 * #hash} with a call to it.
 */
final class Fingerprint {

  private Fingerprint() {}

  static String of(String ruleId, SourceFile file, Node sink) {
    return hash(ruleId, file.path(), enclosingSignature(sink), sourceText(file, sink));
  }

  static String hash(String ruleId, String path, String enclosingMethod, String sinkCode) {
    String key =
        ruleId + "|" + path + "|" + enclosingMethod + "|" + sinkCode.replaceAll("\\s+", "");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * {@code Type.method(ParamType,...)}, {@code Type.<init>(...)} for constructors, {@code
   * Type.<clinit>} for initializer blocks, and empty outside methods (field initializers).
   */
  static String enclosingSignature(Node node) {
    String member = null;
    for (Node p = node; p != null; p = p.getParentNode().orElse(null)) {
      if (member == null && p instanceof CallableDeclaration<?> c) {
        String params =
            c.getParameters().stream()
                .map(x -> x.getType().asString())
                .collect(Collectors.joining(","));
        String name = c.isConstructorDeclaration() ? "<init>" : c.getNameAsString();
        member = name + "(" + params + ")";
      } else if (member == null && p instanceof InitializerDeclaration) {
        member = "<clinit>";
      } else if (p instanceof TypeDeclaration<?> t) {
        return member == null ? "" : t.getNameAsString() + "." + member;
      }
    }
    return member == null ? "" : member;
  }

  /** The text of {@code node} as written in the file (its printed form when it has no range). */
  static String sourceText(SourceFile file, Node node) {
    Optional<Range> range = node.getRange();
    if (range.isEmpty()) {
      return node.toString();
    }
    String[] lines = file.text().split("\n", -1);
    Range r = range.get();
    if (r.begin.line < 1 || r.end.line > lines.length) {
      return node.toString();
    }
    StringBuilder out = new StringBuilder();
    for (int line = r.begin.line; line <= r.end.line; line++) {
      String text = lines[line - 1];
      int from = line == r.begin.line ? Math.min(text.length(), r.begin.column - 1) : 0;
      int to = line == r.end.line ? Math.min(text.length(), r.end.column) : text.length();
      if (from < to) {
        out.append(text, from, to);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
