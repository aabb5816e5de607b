package corpus.cwe328;

import java.security.MessageDigest;

/** Switches to the weak hash only when a static final false flag is set. */
public class WeakOnlyInDeadFlagBranch {
  private static final boolean LEGACY = false;

  public void run() throws Exception {
    String alg = "SHA-256";
    if (LEGACY) {
      alg = "MD5";
    }
    MessageDigest digest = MessageDigest.getInstance(alg); // EXPECT: none
  }
}
