package corpus.cwe327;

import javax.crypto.Cipher;

/** Picks the weak cipher in the taken arm of a switch on a constant. */
public class WeakNameConstantSwitch {
  private static final int PROFILE = 1;

  public void run() throws Exception {
    String alg =
        switch (PROFILE) {
          case 1 -> "DES/CBC/PKCS5Padding";
          default -> "AES/GCM/NoPadding";
        };
    Cipher cipher = Cipher.getInstance(alg); // EXPECT: CWE-327
  }
}
