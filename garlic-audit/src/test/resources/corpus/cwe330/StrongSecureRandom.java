package corpus.cwe330;

import java.security.SecureRandom;

/** Fills key bytes from SecureRandom.getInstanceStrong(). */
public class StrongSecureRandom {
  public void run() throws Exception {
    byte[] key = new byte[32];
    SecureRandom.getInstanceStrong().nextBytes(key); // EXPECT: none
  }
}
