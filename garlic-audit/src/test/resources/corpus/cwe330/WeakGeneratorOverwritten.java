package corpus.cwe330;

import java.security.SecureRandom;
import java.util.Random;

/** Replaces a java.util.Random with a SecureRandom before making a key. */
public class WeakGeneratorOverwritten {
  public void run() throws Exception {
    Random rng = new Random();
    rng = new SecureRandom();
    byte[] key = new byte[16];
    rng.nextBytes(key); // EXPECT: none
  }
}
