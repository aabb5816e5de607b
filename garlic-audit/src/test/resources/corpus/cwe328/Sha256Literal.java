package corpus.cwe328;

import java.security.MessageDigest;

/** Asks for SHA-256, which is strong. */
public class Sha256Literal {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256"); // EXPECT: none
  }
}
