package corpus.cwe798;

import javax.crypto.spec.PBEKeySpec;

/** Derives a key from the password its caller passes. */
public class PbePasswordFromCaller {
  public void run(char[] password) throws Exception {
    PBEKeySpec spec = new PBEKeySpec(password); // EXPECT: none
  }
}
