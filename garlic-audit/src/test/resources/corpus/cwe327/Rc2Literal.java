package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for RC2/CBC/PKCS5Padding by its literal name. */
public class Rc2Literal {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("RC2/CBC/PKCS5Padding"); // EXPECT: CWE-327
  }
}
