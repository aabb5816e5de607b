package corpus.cwe328;

import java.security.MessageDigest;

/** Asks a named provider for MD5. */
public class Md5WithProvider {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("MD5", "SUN"); // EXPECT: CWE-328
  }
}
