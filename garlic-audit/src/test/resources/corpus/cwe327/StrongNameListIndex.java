package corpus.cwe327;

import java.util.ArrayList;
import java.util.List;
import javax.crypto.Cipher;

/** Reads the strong cipher from a list that also holds a weak one. */
public class StrongNameListIndex {
  public void run() throws Exception {
    List<String> algorithms = new ArrayList<>();
    algorithms.add("DES/CBC/PKCS5Padding");
    algorithms.add("AES/GCM/NoPadding");
    Cipher cipher = Cipher.getInstance(algorithms.get(1)); // EXPECT: none
  }
}
