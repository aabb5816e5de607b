package corpus.cwe328;

import java.security.MessageDigest;

/** Asks a named provider for SHA-512. */
public class Sha512WithProvider {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-512", "SUN"); // EXPECT: none
  }
}
