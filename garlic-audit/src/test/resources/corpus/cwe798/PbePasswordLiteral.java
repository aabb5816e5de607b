package corpus.cwe798;

import javax.crypto.spec.PBEKeySpec;

/** Derives a key from a literal master password. */
public class PbePasswordLiteral {
  public void run() throws Exception {
    PBEKeySpec spec = new PBEKeySpec("master-password".toCharArray()); // EXPECT: CWE-798
  }
}
