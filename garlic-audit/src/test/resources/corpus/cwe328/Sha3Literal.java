package corpus.cwe328;

import java.security.MessageDigest;

/** Asks for SHA3-256, which is strong. */
public class Sha3Literal {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA3-256"); // EXPECT: none
  }
}
