package corpus.cwe330;

/** Samples one request in a hundred for logging with Math.random(). */
public class LogSampling {
  public void run() throws Exception {
    if (Math.random() < 0.01) { // EXPECT: none
      System.getLogger("sampling").log(System.Logger.Level.INFO, "sampled");
    }
  }
}
