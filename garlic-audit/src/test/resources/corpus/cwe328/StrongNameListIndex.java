package corpus.cwe328;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** Reads the strong hash from a list that also holds a weak one. */
public class StrongNameListIndex {
  public void run() throws Exception {
    List<String> algorithms = new ArrayList<>();
    algorithms.add("MD5");
    algorithms.add("SHA-256");
    MessageDigest digest = MessageDigest.getInstance(algorithms.get(1)); // EXPECT: none
  }
}
