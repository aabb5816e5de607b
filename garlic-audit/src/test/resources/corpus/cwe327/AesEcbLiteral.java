package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for AES/ECB/PKCS5Padding by its literal name. */
public class AesEcbLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); // EXPECT: CWE-327
  }
}
