package corpus.cwe330;

/** Makes a password-reset token from Math.random(). */
public class ResetTokenFromMathRandom {
  public void run() throws Exception {
    String resetToken = Double.toString(Math.random()).substring(2); // EXPECT: CWE-330
  }
}
