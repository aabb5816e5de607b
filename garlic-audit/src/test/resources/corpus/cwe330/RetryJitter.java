package corpus.cwe330;

import java.util.Random;

/** Adds random jitter to a retry delay. */
public class RetryJitter {
  public void run() throws Exception {
    long delayMillis = 100 + new Random().nextInt(50); // EXPECT: none
    Thread.sleep(delayMillis);
  }
}
