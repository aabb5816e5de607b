package corpus.cwe327;

import javax.crypto.Cipher;

/** Gets a strong cipher from the only implementation of an interface. */
public class StrongNameFromImplementation {
  public void run() throws Exception {
    Choice choice = new Modern();
    Cipher cipher = Cipher.getInstance(choice.name()); // EXPECT: none
  }

  interface Choice {
    String name();
  }

  static final class Modern implements Choice {
    @Override
    public String name() {
      return "AES/GCM/NoPadding";
    }
  }
}
