package corpus.cwe328;

import java.security.MessageDigest;

/** Picks the weak hash in the taken arm of a switch on a constant. */
public class WeakNameConstantSwitch {
  private static final int PROFILE = 1;

  public void run() throws Exception {
    String alg =
        switch (PROFILE) {
          case 1 -> "MD5";
          default -> "SHA-256";
        };
    MessageDigest digest = MessageDigest.getInstance(alg); // EXPECT: CWE-328
  }
}
