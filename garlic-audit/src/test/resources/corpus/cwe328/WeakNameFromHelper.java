package corpus.cwe328;

import java.security.MessageDigest;

/** Gets the weak hash name from a helper method. */
public class WeakNameFromHelper {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance(algorithm()); // EXPECT: CWE-328
  }

  private static String algorithm() {
    return "MD5";
  }
}
