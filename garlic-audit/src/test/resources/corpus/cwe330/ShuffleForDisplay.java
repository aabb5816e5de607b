package corpus.cwe330;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Shuffles tiles for display with java.util.Random. */
public class ShuffleForDisplay {
  public void run() throws Exception {
    List<String> tiles = new ArrayList<>(List.of("a", "b", "c"));
    Collections.shuffle(tiles, new Random()); // EXPECT: none
  }
}
