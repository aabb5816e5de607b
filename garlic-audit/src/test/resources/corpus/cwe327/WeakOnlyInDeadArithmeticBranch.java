package corpus.cwe327;

import javax.crypto.Cipher;

/** Switches to the weak cipher only under a condition that folds to false. */
public class WeakOnlyInDeadArithmeticBranch {
  public void run() throws Exception {
    String alg = "AES/GCM/NoPadding";
    if (1 > 2) {
      alg = "DES/CBC/PKCS5Padding";
    }
    Cipher cipher = Cipher.getInstance(alg); // EXPECT: none
  }
}
