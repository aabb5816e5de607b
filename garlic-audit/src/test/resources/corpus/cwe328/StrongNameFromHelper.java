package corpus.cwe328;

import java.security.MessageDigest;

/** Gets a strong hash name from a helper that ignores its weak argument. */
public class StrongNameFromHelper {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance(pick("MD5")); // EXPECT: none
  }

  private static String pick(String requested) {
    return "SHA-256";
  }
}
