package corpus.cwe798;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;

/** Builds an AES key from literal bytes. */
public class SecretKeyLiteral {
  public void run() throws Exception {
    SecretKeySpec key = new SecretKeySpec("0123456789abcdef".getBytes(StandardCharsets.UTF_8), "AES"); // EXPECT: CWE-798
  }
}
