package corpus.cwe327;

import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;

/** Reads the weak cipher back from a map under its own key. */
public class WeakNameMapSameKey {
  public void run() throws Exception {
    Map<String, String> algorithms = new HashMap<>();
    algorithms.put("legacy", "DES/CBC/PKCS5Padding");
    algorithms.put("modern", "AES/GCM/NoPadding");
    Cipher cipher = Cipher.getInstance(algorithms.get("legacy")); // EXPECT: CWE-327
  }
}
