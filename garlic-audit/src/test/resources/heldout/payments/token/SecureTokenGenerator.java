package heldout.payments.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

/** URL-safe tokens of 256 bits from the platform's strong generator. */
public class SecureTokenGenerator implements TokenGenerator {

  private final Random random;

  public SecureTokenGenerator() {
    this.random = new SecureRandom();
  }

  @Override
  public String next() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes); // EXPECT: none CWE-330
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
