package corpus.cwe328;

import java.security.MessageDigest;

/** Switches to the weak hash only under a condition that folds to false. */
public class WeakOnlyInDeadArithmeticBranch {
  public void run() throws Exception {
    String alg = "SHA-256";
    if (1 > 2) {
      alg = "MD5";
    }
    MessageDigest digest = MessageDigest.getInstance(alg); // EXPECT: none
  }
}
