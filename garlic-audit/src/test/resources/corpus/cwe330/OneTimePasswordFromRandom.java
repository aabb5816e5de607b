package corpus.cwe330;

import java.util.Random;

/** Makes a one-time password from java.util.Random. */
public class OneTimePasswordFromRandom {
  public void run() throws Exception {
    int otp = 100000 + new Random().nextInt(900000); // EXPECT: CWE-330
  }
}
