package corpus.cwe327;

import javax.crypto.Cipher;

/** Asks for RSA/ECB/OAEPWithSHA-256AndMGF1Padding, which is strong. */
public class RsaOaepLiteral {
  public void run() throws Exception {
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding"); // EXPECT: none
  }
}
