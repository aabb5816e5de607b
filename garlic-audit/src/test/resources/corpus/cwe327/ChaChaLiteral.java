package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for ChaCha20-Poly1305, which is strong. */
public class ChaChaLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305"); // EXPECT: none
  }
}
