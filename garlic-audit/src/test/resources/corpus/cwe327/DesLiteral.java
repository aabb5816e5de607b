package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for DES/CBC/PKCS5Padding by its literal name. */
public class DesLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding"); // EXPECT: CWE-327
  }
}
