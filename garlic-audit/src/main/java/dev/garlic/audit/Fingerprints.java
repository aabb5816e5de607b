package dev.garlic.audit;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The stable identity of a finding across runs and small edits: {@code
 * rule|path|enclosing-method-signature|normalised sink code}, hashed with SHA-256 and cut to its
 * first 16 hex digits. Line numbers are left out on purpose, so that a finding keeps its
 * fingerprint when code above it moves; baselines and {@code --diff} compare these. Thread-safe.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /**
   * The fingerprint of a finding.
   *
   * @param ruleId the rule, e.g. {@code sql-injection}
   * @param path the file, relative to the workspace root with {@code /} separators
   * @param enclosingMethod the signature of the method (or initializer) around the sink, e.g.
   *     {@code OrderDao.find(String)}; empty for code outside methods
   * @param sinkCode the source text of the sink; whitespace differences do not matter
   */
  public static String of(String ruleId, String path, String enclosingMethod, String sinkCode) {
    String key = ruleId + "|" + path + "|" + enclosingMethod + "|" + normalise(sinkCode);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The fingerprint of a finding of {@code ruleId} at {@code sink} in {@code file}: the method
   * around it by {@link #enclosingSignature} and its text by {@link #sourceText}.
   */
  public static String of(String ruleId, SourceFile file, Node sink) {
    return of(ruleId, file.path(), enclosingSignature(sink), sourceText(file, sink));
  }

  /**
   * {@code Type.method(ParamType,...)}, {@code Type.<init>(...)} for constructors, {@code
   * Type.<clinit>} for initializer blocks, and empty outside methods (field initializers).
   */
  public static String enclosingSignature(Node node) {
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

  /** The text of {@code node} as written in the file (its printed form when it has no range). */
  public static String sourceText(SourceFile file, Node node) {
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

  /** The sink code as the fingerprint sees it: runs of whitespace removed. */
  static String normalise(String code) {
    return code.replaceAll("\\s+", "");
  }
}
