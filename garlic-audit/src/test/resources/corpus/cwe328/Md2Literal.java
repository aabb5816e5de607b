package corpus.cwe328;

import java.security.MessageDigest;

/** Asks for MD2 by its literal name. */
public class Md2Literal {
  public void run() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("MD2"); // EXPECT: CWE-328
  }
}
