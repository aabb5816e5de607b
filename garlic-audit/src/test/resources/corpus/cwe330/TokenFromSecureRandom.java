package corpus.cwe330;

import java.security.SecureRandom;

/** Makes a session token from SecureRandom. */
public class TokenFromSecureRandom {
  public void run() throws Exception {
    String token = Long.toHexString(new SecureRandom().nextLong()); // EXPECT: none
  }
}
