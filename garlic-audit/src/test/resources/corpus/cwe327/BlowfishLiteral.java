package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for Blowfish/CBC/PKCS5Padding by its literal name. */
public class BlowfishLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("Blowfish/CBC/PKCS5Padding"); // EXPECT: CWE-327
  }
}
