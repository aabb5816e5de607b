package corpus.cwe330;

import java.util.Random;

/** Makes a session id from a Random field. */
public class SessionIdFromRandomField {
  private final Random random = new Random();

  public void run() throws Exception {
    String sessionId = Integer.toString(random.nextInt()); // EXPECT: CWE-330
  }
}
