package dev.garlic.audit.taint;

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
import org.jspecify.annotations.Nullable;

/**
 * The fingerprint of a taint finding at its sink: {@code rule|path|enclosing-method-signature|sink
 * code without whitespace}, SHA-256, first 16 hex digits, with the signature written {@code
 * Type.method(ParamType,...)} ({@code <init>} for constructors). This is the formula of {@code
 * dev.garlic.audit.Fingerprints}, which this branch predates; once both are merged, {@link #of}
 * should delegate to {@code Fingerprints.of(rule, file, sink)}.
 */
final class SinkFingerprint {

  private SinkFingerprint() {}

  static String of(String rule, SourceFile file, Node sink) {
    String key =
        rule
            + "|"
            + file.path()
            + "|"
            + enclosingSignature(sink)
            + "|"
            + sourceText(file, sink).replaceAll("\\s+", "");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String enclosingSignature(Node node) {
    @Nullable String member = null;
    for (@Nullable Node p = node; p != null; p = p.getParentNode().orElse(null)) {
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

  private static String sourceText(SourceFile file, Node node) {
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
