package corpus.cwe327;

import javax.crypto.Cipher;

/** Switches to the weak cipher only when a static final false flag is set. */
public class WeakOnlyInDeadFlagBranch {
  private static final boolean LEGACY = false;

  public void run() throws Exception {
    String alg = "AES/GCM/NoPadding";
    if (LEGACY) {
      alg = "DES/CBC/PKCS5Padding";
    }
    Cipher cipher = Cipher.getInstance(alg); // EXPECT: none
  }
}
