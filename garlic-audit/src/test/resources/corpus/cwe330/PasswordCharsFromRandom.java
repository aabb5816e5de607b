package corpus.cwe330;

import java.util.Random;

/** Picks the characters of a generated password with java.util.Random. */
public class PasswordCharsFromRandom {
  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
  private final Random random = new Random();

  public void run() throws Exception {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length()))); // EXPECT: CWE-330
    }
  }
}
