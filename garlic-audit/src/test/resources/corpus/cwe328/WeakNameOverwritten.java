package corpus.cwe328;

import java.security.MessageDigest;

/** Overwrites the weak hash name with a strong one before use. */
public class WeakNameOverwritten {
  public void run() throws Exception {
    String alg = "MD5";
    alg = "SHA-256";
    MessageDigest digest = MessageDigest.getInstance(alg); // EXPECT: none
  }
}
