package corpus.cwe327;

import javax.crypto.Cipher;

/** Builds an AES/GCM transformation from pieces. */
public class GcmModeConcatenated {
  public void run() throws Exception {
    String mode = "GCM";
    Cipher cipher = Cipher.getInstance("AES/" + mode + "/NoPadding"); // EXPECT: none
  }
}
