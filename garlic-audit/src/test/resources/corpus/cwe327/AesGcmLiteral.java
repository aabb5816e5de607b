package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for AES/GCM/NoPadding, which is strong. */
public class AesGcmLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); // EXPECT: none
  }
}
