package corpus.cwe327;

import javax.crypto.Cipher;

/** Picks the weak cipher on the live arm of a constant ternary. */
public class WeakNameLiveTernary {
  public void run() throws Exception {
    String alg = (2 > 1) ? "DES/CBC/PKCS5Padding" : "AES/GCM/NoPadding";
    Cipher cipher = Cipher.getInstance(alg); // EXPECT: CWE-327
  }
}
