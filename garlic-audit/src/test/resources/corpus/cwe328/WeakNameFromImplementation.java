package corpus.cwe328;

import java.security.MessageDigest;

/** Gets the weak hash from the only implementation of an interface. */
public class WeakNameFromImplementation {
  public void run() throws Exception {
    Choice choice = new Legacy();
    MessageDigest digest = MessageDigest.getInstance(choice.name()); // EXPECT: CWE-328
  }

  interface Choice {
    String name();
  }

  static final class Legacy implements Choice {
    @Override
    public String name() {
      return "MD5";
    }
  }
}
