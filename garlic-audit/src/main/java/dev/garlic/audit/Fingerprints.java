package dev.garlic.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

  /** The sink code as the fingerprint sees it: runs of whitespace removed. */
  static String normalise(String code) {
    return code.replaceAll("\\s+", "");
  }
}
