package corpus.cwe328;

import java.security.MessageDigest;

/** Keeps the weak hash on the dead arm of a constant ternary. */
public class WeakOnDeadTernaryArm {
  public void run() throws Exception {
    String alg = (2 < 1) ? "MD5" : "SHA-256";
    MessageDigest digest = MessageDigest.getInstance(alg); // EXPECT: none
  }
}
