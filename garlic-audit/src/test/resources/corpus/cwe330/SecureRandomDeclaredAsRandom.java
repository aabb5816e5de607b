package corpus.cwe330;

import java.security.SecureRandom;
import java.util.Random;

/** Makes a token from a SecureRandom held in a field of type Random. */
public class SecureRandomDeclaredAsRandom {
  private final Random random = new SecureRandom();

  public void run() throws Exception {
    String token = Long.toHexString(random.nextLong()); // EXPECT: none
  }
}
