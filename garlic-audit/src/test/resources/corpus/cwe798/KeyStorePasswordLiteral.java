package corpus.cwe798;

import java.io.FileInputStream;
import java.security.KeyStore;

/** Opens a key store with a literal password. */
public class KeyStorePasswordLiteral {
  public void run() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(new FileInputStream("/etc/app/keys.p12"), "changeit".toCharArray()); // EXPECT: CWE-798
  }
}
