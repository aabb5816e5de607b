package corpus.cwe330;

import java.util.Random;

/** Rolls a die for a board game with java.util.Random. */
public class DiceRoll {
  private final Random dice = new Random();

  public void run() throws Exception {
    int roll = 1 + dice.nextInt(6); // EXPECT: none
  }
}
