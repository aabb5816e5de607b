package corpus.cwe327;

import javax.crypto.Cipher;

/** Names a weak cipher through a static final constant. */
public class WeakNameInConstant {
  private static final String ALGORITHM = "DES/CBC/PKCS5Padding";

  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance(ALGORITHM); // EXPECT: CWE-327
  }
}
