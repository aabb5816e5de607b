package corpus.cwe327;

import javax.crypto.Cipher;

/** Gets a strong cipher name from a helper that ignores its weak argument. */
public class StrongNameFromHelper {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance(pick("DES/CBC/PKCS5Padding")); // EXPECT: none
  }

  private static String pick(String requested) {
    return "AES/GCM/NoPadding";
  }
}
