package heldout.payments.crypto;

import heldout.payments.config.PaymentSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Receipt fingerprints, webhook signatures and password hashes of the merchant portal. */
public class Digests {

  private final PaymentSettings settings;

  public Digests(PaymentSettings settings) {
    this.settings = settings;
  }

  public String receiptFingerprint(String receipt) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance(settings.receiptDigest()); // EXPECT: none CWE-328
    return HexFormat.of().formatHex(md.digest(receipt.getBytes(StandardCharsets.UTF_8)));
  }

  public boolean webhookSignatureValid(byte[] body, String signature, byte[] secret) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance(settings.webhookDigest()); // EXPECT: CWE-328
    md.update(secret);
    byte[] expected = md.digest(body);
    return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature));
  }

  public String merchantPasswordHash(String password, byte[] salt) throws GeneralSecurityException {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // EXPECT: CWE-328
    sha1.update(salt);
    return HexFormat.of().formatHex(sha1.digest(password.getBytes(StandardCharsets.UTF_8)));
  }

  public byte[] signedStatement(byte[] statement) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance(Algorithms.SIGNATURE_DIGEST); // EXPECT: none CWE-328
    return md.digest(statement);
  }

  public String apiKeyHash(String apiKey) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance("MD5"); // EXPECT: CWE-328
    return HexFormat.of().formatHex(md.digest(apiKey.getBytes(StandardCharsets.UTF_8)));
  }

  public byte[] hmac(byte[] key, byte[] message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message);
  }

  public String idempotencyKey(String merchant, String orderId) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance("SHA3-256"); // EXPECT: none CWE-328
    return HexFormat.of().formatHex(md.digest((merchant + ":" + orderId).getBytes(StandardCharsets.UTF_8)));
  }
}
