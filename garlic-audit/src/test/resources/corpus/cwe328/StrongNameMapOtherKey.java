package corpus.cwe328;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

/** Reads the strong hash from a map that also holds a weak one under another key. */
public class StrongNameMapOtherKey {
  public void run() throws Exception {
    Map<String, String> algorithms = new HashMap<>();
    algorithms.put("legacy", "MD5");
    algorithms.put("modern", "SHA-256");
    MessageDigest digest = MessageDigest.getInstance(algorithms.get("modern")); // EXPECT: none
  }
}
