package corpus.cwe330;

import java.util.Random;

/** Gets a nonce from a helper built on java.util.Random. */
public class NonceFromHelper {
  public void run() throws Exception {
    String nonce = nextNonce();
  }

  private static String nextNonce() {
    return Long.toString(new Random().nextLong(), 36); // EXPECT: CWE-330
  }
}
