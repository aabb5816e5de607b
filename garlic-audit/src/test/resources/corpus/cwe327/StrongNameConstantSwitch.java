package corpus.cwe327;

import javax.crypto.Cipher;

/** Picks the strong cipher in the taken arm of a switch on a constant. */
public class StrongNameConstantSwitch {
  private static final int PROFILE = 2;

  public void run() throws Exception {
    String alg =
        switch (PROFILE) {
          case 1 -> "DES/CBC/PKCS5Padding";
          default -> "AES/GCM/NoPadding";
        };
    Cipher cipher = Cipher.getInstance(alg); // EXPECT: none
  }
}
