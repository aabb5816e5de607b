package corpus.cwe330;

import java.util.Random;
import javax.crypto.spec.SecretKeySpec;

/** Fills AES key bytes from java.util.Random. */
public class AesKeyBytesFromRandom {
  public void run() throws Exception {
    byte[] key = new byte[16];
    new Random().nextBytes(key); // EXPECT: CWE-330
    SecretKeySpec spec = new SecretKeySpec(key, "AES");
  }
}
