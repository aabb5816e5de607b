package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for RC4 by its literal name. */
public class Rc4Literal {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("RC4"); // EXPECT: CWE-327
  }
}
