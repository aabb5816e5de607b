package corpus.cwe330;

import java.util.concurrent.ThreadLocalRandom;

/** Makes an API key from ThreadLocalRandom. */
public class ApiKeyFromThreadLocalRandom {
  public void run() throws Exception {
    long apiKey = ThreadLocalRandom.current().nextLong(); // EXPECT: CWE-330
  }
}
