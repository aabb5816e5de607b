package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for DESede/CBC/PKCS5Padding by its literal name. */
public class TripleDesLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); // EXPECT: CWE-327
  }
}
