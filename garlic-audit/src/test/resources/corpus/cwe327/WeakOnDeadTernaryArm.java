package corpus.cwe327;

import javax.crypto.Cipher;

/** Keeps the weak cipher on the dead arm of a constant ternary. */
public class WeakOnDeadTernaryArm {
  public void run() throws Exception {
    String alg = (2 < 1) ? "DES/CBC/PKCS5Padding" : "AES/GCM/NoPadding";
    Cipher cipher = Cipher.getInstance(alg); // EXPECT: none
  }
}
