package corpus.cwe798;

import javax.crypto.KeyGenerator;
import javax.crypto.spec.SecretKeySpec;

/** Builds an AES key from freshly generated key material. */
public class GeneratedSecretKey {
  public void run() throws Exception {
    SecretKeySpec key = new SecretKeySpec(KeyGenerator.getInstance("AES").generateKey().getEncoded(), "AES"); // EXPECT: none
  }
}
