package corpus.cwe330;

import java.util.Random;
import javax.crypto.spec.PBEKeySpec;

/** Fills a password salt from a Random field. */
public class SaltFromRandomField {
  private static final Random rng = new Random();

  public void run(char[] password) throws Exception {
    byte[] salt = new byte[16];
    rng.nextBytes(salt); // EXPECT: CWE-330
    PBEKeySpec spec = new PBEKeySpec(password, salt, 210000, 256);
  }
}
