package corpus.cwe327;

import javax.crypto.Cipher;

/** Gets the weak cipher name from a helper method. */
public class WeakNameFromHelper {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance(algorithm()); // EXPECT: CWE-327
  }

  private static String algorithm() {
    return "DES/CBC/PKCS5Padding";
  }
}
