package corpus.cwe798;

import java.io.FileInputStream;
import java.security.KeyStore;

/** Opens a key store with a constant char array password. */
public class KeyStorePasswordCharArray {
  private static final char[] STORE_PASSWORD = {'s', '3', 'c', 'r', '3', 't'};

  public void run() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(new FileInputStream("/etc/app/keys.p12"), STORE_PASSWORD); // EXPECT: CWE-798
  }
}
