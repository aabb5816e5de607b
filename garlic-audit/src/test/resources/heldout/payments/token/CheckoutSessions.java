package heldout.payments.token;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Checkout sessions, one-time codes and the retry schedule of the payment gateway client. */
public class CheckoutSessions {

  private final TokenGenerator tokens;
  private final Random rng = new Random();
  private final SecureRandom strong = new SecureRandom();

  public CheckoutSessions(TokenGenerator tokens) {
    this.tokens = tokens;
  }

  public String newSessionId() {
    return tokens.next();
  }

  public String newCheckoutToken() {
    return Long.toHexString(rng.nextLong()) + Long.toHexString(rng.nextLong()); // EXPECT: CWE-330
  }

  public String smsCode() {
    int code = ThreadLocalRandom.current().nextInt(100000, 1000000); // EXPECT: CWE-330
    return String.valueOf(code);
  }

  public String refundPin() {
    return String.format("%06d", strong.nextInt(1_000_000)); // EXPECT: none CWE-330
  }

  public String resetPasswordKey() {
    return String.valueOf((long) (Math.random() * Long.MAX_VALUE)); // EXPECT: CWE-330
  }

  public String requestId() {
    return UUID.randomUUID().toString();
  }

  /** Exponential back-off with jitter between retries of the gateway call. */
  public long retryDelayMillis(int attempt) {
    long base = 200L << Math.min(attempt, 6);
    return base + ThreadLocalRandom.current().nextLong(100); // EXPECT: none CWE-330
  }

  /** The order in which the checkout page shows the accepted card brands. */
  public List<String> brandOrder(List<String> brands) {
    List<String> shuffled = new ArrayList<>(brands);
    Collections.shuffle(shuffled, new Random(brands.size()));
    return shuffled;
  }

  public byte[] merchantSecret() {
    byte[] secret = new byte[32];
    new Random(System.nanoTime()).nextBytes(secret); // EXPECT: CWE-330
    return secret;
  }

  public int sampleForAudit(int transactions) {
    return new Random().nextInt(transactions); // EXPECT: none CWE-330
  }
}
