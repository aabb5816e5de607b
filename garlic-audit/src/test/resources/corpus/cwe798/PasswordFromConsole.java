package corpus.cwe798;

import java.io.FileInputStream;
import java.security.KeyStore;

/** Opens a key store with a password read from the console. */
public class PasswordFromConsole {
  public void run() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(new FileInputStream("/etc/app/keys.p12"), System.console().readPassword("key store password: ")); // EXPECT: none
  }
}
