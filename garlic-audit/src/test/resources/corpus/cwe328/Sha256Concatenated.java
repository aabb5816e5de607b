package corpus.cwe328;

import java.security.MessageDigest;

/** Builds the name SHA-256 from pieces. */
public class Sha256Concatenated {
  public void run() throws Exception {
    String family = "SHA";
    MessageDigest digest = MessageDigest.getInstance(family + "-256"); // EXPECT: none
  }
}
