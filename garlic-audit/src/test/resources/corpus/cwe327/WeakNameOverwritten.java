package corpus.cwe327;

import javax.crypto.Cipher;

/** Overwrites the weak cipher name with a strong one before use. */
public class WeakNameOverwritten {
  public void run() throws Exception {
    String alg = "DES/CBC/PKCS5Padding";
    alg = "AES/GCM/NoPadding";
    Cipher cipher = Cipher.getInstance(alg); // EXPECT: none
  }
}
