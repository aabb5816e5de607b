package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for AES by its literal name. */
public class AesDefaultModeLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("AES"); // EXPECT: CWE-327
  }
}
