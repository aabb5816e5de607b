package corpus.cwe328;

import java.security.MessageDigest;

/** Picks the strong hash in the taken arm of a switch on a constant. */
public class StrongNameConstantSwitch {
  private static final int PROFILE = 2;

  public void run() throws Exception {
    String alg =
        switch (PROFILE) {
          case 1 -> "MD5";
          default -> "SHA-256";
        };
    MessageDigest digest = MessageDigest.getInstance(alg); // EXPECT: none
  }
}
