package corpus.cwe327;

import javax.crypto.Cipher;

/** Gets the weak cipher from the only implementation of an interface. */
public class WeakNameFromImplementation {
  public void run() throws Exception {
    Choice choice = new Legacy();
    Cipher cipher = Cipher.getInstance(choice.name()); // EXPECT: CWE-327
  }

  interface Choice {
    String name();
  }

  static final class Legacy implements Choice {
    @Override
    public String name() {
      return "DES/CBC/PKCS5Padding";
    }
  }
}
