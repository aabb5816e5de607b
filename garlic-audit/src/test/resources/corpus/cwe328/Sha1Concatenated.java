package corpus.cwe328;

import java.security.MessageDigest;

/** Builds the name SHA-1 from pieces. */
public class Sha1Concatenated {
  public void run() throws Exception {
    String family = "SHA";
    MessageDigest digest = MessageDigest.getInstance(family + "-1"); // EXPECT: CWE-328
  }
}
