package dev.garlic.audit.checks;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.garlic.audit.SourceFile;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * CWE-327, {@code weak-cipher}: {@code Cipher.getInstance} (and {@code KeyGenerator}, {@code
 * SecretKeyFactory}) with DES, 3DES, RC2, RC4, Blowfish or a weak PBE scheme; a cipher in ECB mode,
 * explicit or implied by a bare {@code "AES"}; RSA without padding. The algorithm is judged by its
 * value ({@link dev.garlic.audit.constant.ConstantEvaluator}), so a name from a properties file is
 * judged by what the file says; an algorithm whose value is unknown is not reported.
 */
public final class WeakCipherCheck extends FileCheck {

  private static final Set<String> WEAK =
      Set.of(
          "DES",
          "DESEDE",
          "DESEDEWRAP",
          "TRIPLEDES",
          "3DES",
          "DESX",
          "RC2",
          "RC4",
          "ARCFOUR",
          "ARC4",
          "BLOWFISH");
  private static final Set<String> FACTORIES = Set.of("Cipher", "KeyGenerator", "SecretKeyFactory");

  public WeakCipherCheck() {
    super("weak-cipher");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      if (!m.getNameAsString().equals("getInstance") || m.getArguments().isEmpty()) {
        continue;
      }
      String factory = m.getScope().map(s -> s.toString()).orElse("");
      factory = factory.substring(factory.lastIndexOf('.') + 1);
      if (!FACTORIES.contains(factory)) {
        continue;
      }
      for (String algorithm : scan.possibleStrings(m.getArgument(0))) {
        Optional<String> weakness = weakness(algorithm, factory.equals("Cipher"));
        if (weakness.isPresent()) {
          scan.report(
              m, factory + ".getInstance(\"" + algorithm + "\") uses " + weakness.get() + ".");
          break;
        }
      }
    }
  }

  /** Why {@code transformation} is weak, if it is; {@code cipher} when it names a full cipher. */
  static Optional<String> weakness(String transformation, boolean cipher) {
    String[] parts = transformation.strip().toUpperCase(Locale.ROOT).split("/");
    String algorithm = parts[0].strip();
    if (WEAK.contains(algorithm)) {
      return Optional.of(algorithm + ", a weak cipher");
    }
    if (algorithm.startsWith("PBEWITH")
        && (algorithm.contains("DES") || algorithm.contains("RC2") || algorithm.contains("RC4"))) {
      return Optional.of(algorithm + ", a password-based scheme over a weak cipher");
    }
    if (!cipher) {
      return Optional.empty();
    }
    String mode = parts.length > 1 ? parts[1].strip() : "";
    String padding = parts.length > 2 ? parts[2].strip() : "";
    if (algorithm.equals("RSA")) {
      return padding.equals("NOPADDING")
          ? Optional.of("RSA without padding, which is deterministic and malleable")
          : Optional.empty();
    }
    if (mode.equals("ECB")) {
      return Optional.of("ECB mode, which leaks patterns of the plaintext");
    }
    if (mode.isEmpty() && (algorithm.equals("AES") || algorithm.startsWith("AES_"))) {
      return Optional.of("AES without a mode, which defaults to ECB");
    }
    return Optional.empty();
  }
}
