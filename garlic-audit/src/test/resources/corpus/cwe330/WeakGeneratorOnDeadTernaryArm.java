package corpus.cwe330;

import java.security.SecureRandom;
import java.util.Random;

/** Keeps java.util.Random on the dead arm of a constant ternary over the generator. */
public class WeakGeneratorOnDeadTernaryArm {
  private static final boolean FAST = false;

  public void run() throws Exception {
    Random rng = FAST ? new Random() : new SecureRandom();
    String token = Long.toHexString(rng.nextLong()); // EXPECT: none
  }
}
