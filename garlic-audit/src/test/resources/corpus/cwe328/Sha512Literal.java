package corpus.cwe328;

import java.security.MessageDigest;

/** Asks for SHA-512, which is strong. */
public class Sha512Literal {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-512"); // EXPECT: none
  }
}
