package corpus.cwe330;

import java.util.Random;

/** Makes a CSRF token from a Random seeded with the clock. */
public class CsrfTokenFromSeededRandom {
  public void run() throws Exception {
    String csrfToken = Long.toString(new Random(System.currentTimeMillis()).nextLong(), 36); // EXPECT: CWE-330
  }
}
