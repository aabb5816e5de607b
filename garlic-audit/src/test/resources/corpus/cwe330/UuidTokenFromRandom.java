package corpus.cwe330;

import java.util.Random;
import java.util.UUID;

/** Builds a UUID token from two java.util.Random longs. */
public class UuidTokenFromRandom {
  private final Random random = new Random();

  public void run() throws Exception {
    UUID token = new UUID(random.nextLong(), 0L); // EXPECT: CWE-330
  }
}
