package corpus.cwe328;

import java.security.MessageDigest;

/** Names a weak hash through a static final constant. */
public class WeakNameInConstant {
  private static final String ALGORITHM = "MD5";

  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance(ALGORITHM); // EXPECT: CWE-328
  }
}
