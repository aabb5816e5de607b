package corpus.cwe328;

import java.security.MessageDigest;

/** Picks the weak hash on the live arm of a constant ternary. */
public class WeakNameLiveTernary {
  public void run() throws Exception {
    String alg = (2 > 1) ? "MD5" : "SHA-256";
    MessageDigest digest = MessageDigest.getInstance(alg); // EXPECT: CWE-328
  }
}
