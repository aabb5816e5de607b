package corpus.cwe327;

import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;

/** Reads the strong cipher from a map that also holds a weak one under another key. */
public class StrongNameMapOtherKey {
  public void run() throws Exception {
    Map<String, String> algorithms = new HashMap<>();
    algorithms.put("legacy", "DES/CBC/PKCS5Padding");
    algorithms.put("modern", "AES/GCM/NoPadding");
    Cipher cipher = Cipher.getInstance(algorithms.get("modern")); // EXPECT: none
  }
}
