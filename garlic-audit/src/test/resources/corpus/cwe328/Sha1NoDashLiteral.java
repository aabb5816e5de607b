package corpus.cwe328;

import java.security.MessageDigest;

/** Asks for SHA1 by its literal name. */
public class Sha1NoDashLiteral {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA1"); // EXPECT: CWE-328
  }
}
