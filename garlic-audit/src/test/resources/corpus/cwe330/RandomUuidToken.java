package corpus.cwe330;

import java.util.UUID;

/** Makes a token with UUID.randomUUID, which uses SecureRandom. */
public class RandomUuidToken {
  public void run() throws Exception {
    String token = UUID.randomUUID().toString(); // EXPECT: none
  }
}
