package corpus.cwe327;

import javax.crypto.Cipher;

/** Builds an AES transformation whose mode is ECB from pieces. */
public class EcbModeConcatenated {
  public void run() throws Exception {
    String mode = "ECB";
    Cipher cipher = Cipher.getInstance("AES/" + mode + "/PKCS5Padding"); // EXPECT: CWE-327
  }
}
