package corpus.cwe328;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

/** Reads the weak hash back from a map under its own key. */
public class WeakNameMapSameKey {
  public void run() throws Exception {
    Map<String, String> algorithms = new HashMap<>();
    algorithms.put("legacy", "MD5");
    algorithms.put("modern", "SHA-256");
    MessageDigest digest = MessageDigest.getInstance(algorithms.get("legacy")); // EXPECT: CWE-328
  }
}
