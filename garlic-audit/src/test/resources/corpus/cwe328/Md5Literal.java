package corpus.cwe328;

import java.security.MessageDigest;

/** Asks for MD5 by its literal name. */
public class Md5Literal {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("MD5"); // EXPECT: CWE-328
  }
}
