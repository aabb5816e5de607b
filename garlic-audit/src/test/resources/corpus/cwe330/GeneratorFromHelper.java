package corpus.cwe330;

import java.security.SecureRandom;
import java.util.Random;

/** Makes a token from the SecureRandom a helper returns. */
public class GeneratorFromHelper {
  public void run() throws Exception {
    String token = Long.toHexString(generator().nextLong()); // EXPECT: none
  }

  private static Random generator() {
    return new SecureRandom();
  }
}
