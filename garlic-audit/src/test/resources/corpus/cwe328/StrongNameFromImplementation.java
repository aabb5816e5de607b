package corpus.cwe328;

import java.security.MessageDigest;

/** Gets a strong hash from the only implementation of an interface. */
public class StrongNameFromImplementation {
  public void run() throws Exception {
    Choice choice = new Modern();
    MessageDigest digest = MessageDigest.getInstance(choice.name()); // EXPECT: none
  }

  interface Choice {
    String name();
  }

  static final class Modern implements Choice {
    @Override
    public String name() {
      return "SHA-256";
    }
  }
}
