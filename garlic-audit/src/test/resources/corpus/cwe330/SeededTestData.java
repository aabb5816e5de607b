package corpus.cwe330;

import java.util.Random;

/** Generates reproducible test data from a seeded Random. */
public class SeededTestData {
  public void run() throws Exception {
    Random fixture = new Random(42);
    int age = 18 + fixture.nextInt(60); // EXPECT: none
  }
}
