package corpus.cwe328;

import java.security.MessageDigest;

/** Asks for SHA-1 by its literal name. */
public class Sha1Literal {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-1"); // EXPECT: CWE-328
  }
}
