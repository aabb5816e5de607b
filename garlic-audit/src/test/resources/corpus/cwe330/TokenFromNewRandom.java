package corpus.cwe330;

import java.util.Random;

/** Makes a session token from java.util.Random. */
public class TokenFromNewRandom {
  public void run() throws Exception {
    String token = Long.toHexString(new Random().nextLong()); // EXPECT: CWE-330
  }
}
